namespace Vetrina.Helpdesk.Domain;

/// <summary>A word of a ticket (any of its messages, notes included), for the agents' search; one row per word and ticket.</summary>
internal sealed class TicketTerm
{
    private TicketTerm()
    {
        Term = null!;
    }

    public string Term { get; private set; }

    public long TicketId { get; private set; }
}
