namespace Vetrina.Privacy.Contracts.Events;

/// <summary>A person said no to a purpose from now on: a withdrawal, a refusal on the banner, an unsubscription or an objection.</summary>
public sealed record ConsentWithdrawn(string Purpose, string Channel, string Source, string? Reference, string? Email, Guid? VisitorId,
    string? CustomerId, string? Language, string? Country, string TextVersion, DateTimeOffset OccurredAt)
    : ConsentChanged(Purpose, Channel, Source, Reference, Email, VisitorId, CustomerId, Language, Country, TextVersion, OccurredAt);
