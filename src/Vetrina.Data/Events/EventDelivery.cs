using Vetrina.Data.Work;

namespace Vetrina.Data.Events;

/// <summary>One event for one handler: written with the event, claimed and run by the dispatcher, retried, dead-lettered.</summary>
public sealed class EventDelivery : LeasedWork
{
    private EventDelivery()
    {
        Handler = null!;
        Stream = null!;
        Event = null!;
    }

    internal EventDelivery(EventRecord record, string handler, DateTimeOffset dueAt)
    {
        Event = record;
        Handler = handler;
        Stream = record.Stream;
        DueAt = dueAt;
    }

    public long EventRecordId { get; private set; }

    public EventRecord Event { get; private set; }

    /// <summary>The handler's stable name ("EmailMarketing.StartFlowsOnOrderDelivered", see <see cref="EventSubscriptions"/>).</summary>
    public string Handler { get; private set; }

    /// <summary>The event's stream, copied so that the dispatcher keeps a stream's deliveries in order without a join.</summary>
    public string Stream { get; private set; }
}
