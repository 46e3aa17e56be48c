using Vetrina.Kernel.Events;

namespace Vetrina.Helpdesk.Contracts.Events;

/// <summary>A ticket was solved (the first time, or again after the customer reopened it).</summary>
public sealed record TicketSolved(string TicketNumber, string Email, string? CustomerId, string? Agent, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override string Stream => $"ticket:{TicketNumber}";
}
