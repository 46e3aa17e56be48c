using Vetrina.Data.Work;

namespace Vetrina.Webhooks.Domain;

/// <summary>
/// One event for one endpoint: written in the transaction of the change it tells of, then posted until the receiver
/// answers 2xx, with backoff; its attempts are the delivery log staff read.
/// </summary>
internal sealed class WebhookDelivery : LeasedWork
{
    private WebhookDelivery()
    {
        EventType = null!;
        Payload = null!;
    }

    public WebhookDelivery(int endpointId, Guid eventId, string eventType, string payload, DateTimeOffset at)
    {
        EndpointId = endpointId;
        EventId = eventId;
        EventType = eventType;
        Payload = payload;
        CreatedAt = at;
        DueAt = at;
    }

    public int EndpointId { get; private set; }

    /// <summary>The same for every endpoint the event goes to; receivers deduplicate on it.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; }

    public string Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The receiver's last HTTP status, if it answered.</summary>
    public int? LastStatus { get; private set; }
}
