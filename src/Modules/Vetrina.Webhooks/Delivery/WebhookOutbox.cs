using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Webhooks.Domain;

namespace Vetrina.Webhooks.Delivery;

/// <summary>Queues an event for every endpoint that wants it, in the caller's unit of work.</summary>
internal static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="eventId">The integration event's id: the same for every endpoint and every retry, for receivers to deduplicate on.</param>
    public static async Task EnqueueAsync(VetrinaDbContext db, Guid eventId, string eventType, object data, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        var endpoints = await db.Set<WebhookEndpoint>().AsNoTracking().Where(e => e.Active).ToListAsync(cancellationToken);
        var wanting = endpoints.Where(e => e.Wants(eventType)).ToList();
        if (wanting.Count == 0)
        {
            return;
        }

        var payload = JsonSerializer.Serialize(new { id = eventId, type = eventType, created = at, data }, Json);
        db.AddRange(wanting.Select(e => new WebhookDelivery(e.Id, eventId, eventType, payload, at)));
    }
}
