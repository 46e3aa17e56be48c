using System.Text.Json.Serialization;

namespace Vetrina.Kernel.Events;

/// <summary>
/// Something that happened in one module that others may act on (an order paid, a customer registered), published in
/// the transaction of the change and delivered to every handler that subscribes, at least once and in order per
/// <see cref="Stream"/> (ADR-014). Events are past-tense records in the publishing module's <c>Contracts/Events</c>
/// and carry ids and the facts a subscriber needs, not the whole aggregate.
/// </summary>
public abstract record IntegrationEvent
{
    protected IntegrationEvent(DateTimeOffset occurredAt) => OccurredAt = occurredAt;

    /// <summary>Unique per event; handlers and webhook receivers deduplicate on it.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The aggregate the event is about ("order:V-10042"): one stream's events reach each handler in the order they were published.</summary>
    [JsonIgnore]
    public abstract string Stream { get; }
}
