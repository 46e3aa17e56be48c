namespace Vetrina.Helpdesk.Domain;

/// <summary>An agent with a ticket open, and whether they are writing an answer; refreshed while their page stays open.</summary>
internal sealed class AgentPresence
{
    private AgentPresence()
    {
        Agent = null!;
    }

    public AgentPresence(long ticketId, string agent, bool replying, DateTimeOffset at)
    {
        TicketId = ticketId;
        Agent = agent;
        See(replying, at);
    }

    public long TicketId { get; private set; }

    public string Agent { get; private set; }

    public bool Replying { get; private set; }

    public DateTimeOffset SeenAt { get; private set; }

    public void See(bool replying, DateTimeOffset at)
    {
        Replying = replying;
        SeenAt = at;
    }
}
