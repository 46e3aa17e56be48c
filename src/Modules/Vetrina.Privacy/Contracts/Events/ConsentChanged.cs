using Vetrina.Kernel.Events;

namespace Vetrina.Privacy.Contracts.Events;

/// <summary>
/// A consent given or withdrawn, as the ledger recorded it (without the browser's address and name). One person's
/// decisions form one stream, so a subscriber sees them in the order they were taken.
/// </summary>
public abstract record ConsentChanged(string Purpose, string Channel, string Source, string? Reference, string? Email, Guid? VisitorId,
    string? CustomerId, string? Language, string? Country, string TextVersion, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override string Stream => Email is not null ? $"consent:{Email}" : $"consent:visitor:{VisitorId}";
}
