namespace Vetrina.Analytics.Domain;

/// <summary>
/// A day whose events changed: every batch that writes events of a day bumps its version, and the aggregation rebuilds
/// a day's sessions and rollups whenever its version is past the one it last built (late events included).
/// </summary>
internal sealed class PendingDay(DateOnly day)
{
    public DateOnly Day { get; private set; } = day;

    public long Version { get; private set; } = 1;

    public long AggregatedVersion { get; private set; }

    public DateTimeOffset? AggregatedAt { get; private set; }

    /// <summary>Sessions of the day left out as robot-like behaviour (agents known as robots never get this far).</summary>
    public int AutomatedSessions { get; private set; }

    /// <summary>
    /// Whether the day's rollups were built from events that carry the <see cref="RawEvent.Pending"/> mark, so that a run
    /// may merge only the visitors with pending events into them; a day built before the mark existed is rebuilt whole first.
    /// </summary>
    public bool Incremental { get; private set; }

    public void Aggregated(long version, DateTimeOffset at, int automatedSessions)
    {
        AggregatedVersion = version;
        AggregatedAt = at;
        AutomatedSessions = automatedSessions;
        Incremental = true;
    }
}
