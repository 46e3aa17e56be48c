using Vetrina.Kernel.Events;

namespace Vetrina.Helpdesk.Contracts.Events;

/// <summary>An agent answered a ticket by email.</summary>
public sealed record TicketReplied(string TicketNumber, string Email, string Agent, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override string Stream => $"ticket:{TicketNumber}";
}
