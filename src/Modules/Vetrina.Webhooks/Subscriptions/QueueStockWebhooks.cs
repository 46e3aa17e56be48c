using Vetrina.Data;
using Vetrina.Inventory.Contracts.Events;
using Vetrina.Kernel.Events;
using Vetrina.Webhooks.Delivery;
using Vetrina.Webhooks.Domain;

namespace Vetrina.Webhooks.Subscriptions;

/// <summary>Low stock as the public webhook carries it, for buyers and replenishment.</summary>
internal sealed class QueueStockWebhooks(VetrinaDbContext db) : IIntegrationEventHandler<StockLow>
{
    public Task HandleAsync(StockLow integrationEvent, CancellationToken cancellationToken) =>
        WebhookOutbox.EnqueueAsync(db, integrationEvent.EventId, WebhookEvents.StockLow,
            new { sku = integrationEvent.Sku, style = integrationEvent.Style, available = integrationEvent.Available }, integrationEvent.OccurredAt,
            cancellationToken);
}
