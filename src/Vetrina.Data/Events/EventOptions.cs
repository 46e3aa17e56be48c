namespace Vetrina.Data.Events;

/// <summary>How integration events are dispatched (<c>Vetrina:Events</c>).</summary>
public sealed class EventOptions
{
    /// <summary>How often a node looks for deliveries when it has not written an event itself (a node wakes at once for its own).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Deliveries a node claims at a time.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Transactions a node runs at once.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>
    /// Deliveries run in one transaction (all finish or none does; a failing one is taken out and the rest run again):
    /// one commit for many handlers is what lets a node keep up with a burst.
    /// </summary>
    public int ChunkSize { get; set; } = 100;

    /// <summary>How long a claim holds before another node may take the delivery over.</summary>
    public TimeSpan LeaseFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Tries before a delivery is dead-lettered (with backoff from 10 s to an hour: 15 tries take about 6½ hours).</summary>
    public int MaxAttempts { get; set; } = 15;

    /// <summary>How long handled events are kept for subscribers that catch up (dead letters stay until staff act).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Whether this node runs the dispatcher (every node does by default; deliveries are claimed, so several are safe).</summary>
    public bool Dispatch { get; set; } = true;
}
