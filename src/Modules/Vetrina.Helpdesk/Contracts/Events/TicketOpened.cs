using Vetrina.Kernel.Events;

namespace Vetrina.Helpdesk.Contracts.Events;

/// <summary>A customer's question opened a ticket (the CRM's timeline will show it).</summary>
public sealed record TicketOpened(string TicketNumber, string Email, string? CustomerId, TicketTopic Topic, TicketChannel Channel, string? OrderNumber,
    DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override string Stream => $"ticket:{TicketNumber}";
}
