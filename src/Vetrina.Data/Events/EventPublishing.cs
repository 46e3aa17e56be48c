using System.Text.Json;
using Vetrina.Kernel.Events;

namespace Vetrina.Data.Events;

/// <summary>How a module publishes: in its unit of work, saved and committed with the change the event tells of.</summary>
public static class EventPublishing
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds the event to the context's unit of work; the save hook writes a delivery for each subscribed handler when the
    /// context saves. A change that rolls back takes its events with it.
    /// </summary>
    public static void Publish(this VetrinaDbContext db, IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        db.Add(new EventRecord(integrationEvent.EventId, EventNames.Of(type), integrationEvent.Stream,
            JsonSerializer.Serialize(integrationEvent, type, Json), integrationEvent.OccurredAt));
    }

    internal static IntegrationEvent Read(EventRecord record, Type type) =>
        (IntegrationEvent)(JsonSerializer.Deserialize(record.Payload, type, Json)
            ?? throw new InvalidOperationException($"Event {record.EventId} ({record.Name}) has an empty payload."));
}
