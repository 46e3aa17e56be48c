namespace Vetrina.Data.Work;

/// <summary>
/// A row of work that nodes take turns at: an email to send, a webhook to post, an event to hand to a handler. A
/// node claims rows for a while (<see cref="ClaimedUntil"/>, under its <see cref="ClaimToken"/>) before doing them,
/// so two nodes never do the same row at once, and a node that dies lets its claim lapse for another to take over.
/// A failure waits with backoff for its next try; after the last try the row is dead-lettered for staff to look at.
/// </summary>
public abstract class LeasedWork
{
    public long Id { get; private set; }

    /// <summary>When it may be done next; null while it waits for something else (an A/B test's winner).</summary>
    public DateTimeOffset? DueAt { get; protected set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Done (sent, posted, handled).</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Given up after the last try; nothing claims it again unless staff retry it.</summary>
    public DateTimeOffset? DeadLetteredAt { get; private set; }
}
