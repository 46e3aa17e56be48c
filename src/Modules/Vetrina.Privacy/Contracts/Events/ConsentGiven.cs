namespace Vetrina.Privacy.Contracts.Events;

/// <summary>A person agreed to a purpose (a checkout box, a confirmed double opt-in, the banner's accept).</summary>
public sealed record ConsentGiven(string Purpose, string Channel, string Source, string? Reference, string? Email, Guid? VisitorId,
    string? CustomerId, string? Language, string? Country, string TextVersion, DateTimeOffset OccurredAt)
    : ConsentChanged(Purpose, Channel, Source, Reference, Email, VisitorId, CustomerId, Language, Country, TextVersion, OccurredAt);
