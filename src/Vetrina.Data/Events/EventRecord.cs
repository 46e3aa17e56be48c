namespace Vetrina.Data.Events;

/// <summary>
/// An integration event as published: written in the transaction of the change that raised it, and kept after its
/// handlers ran (for the retention period) so that a new subscriber can catch up from them.
/// </summary>
public sealed class EventRecord
{
    private EventRecord()
    {
        Name = null!;
        Stream = null!;
        Payload = null!;
    }

    public EventRecord(Guid eventId, string name, string stream, string payload, DateTimeOffset occurredAt)
    {
        EventId = eventId;
        Name = name;
        Stream = stream;
        Payload = payload;
        OccurredAt = occurredAt;
    }

    public long Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The event's contract name ("Orders.OrderPaid", see <see cref="EventNames"/>).</summary>
    public string Name { get; private set; }

    public string Stream { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When it was written (the clock of the node that wrote it).</summary>
    public DateTimeOffset RecordedAt { get; internal set; }
}
