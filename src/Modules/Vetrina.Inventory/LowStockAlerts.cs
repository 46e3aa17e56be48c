using Vetrina.Data;
using Vetrina.Webhooks.Delivery;
using Vetrina.Webhooks.Domain;

namespace Vetrina.Inventory;

/// <summary>
/// Tells the integrations (buyers, replenishment) when a change takes a SKU's units sellable online from above
/// <see cref="StockAvailability.LowStockThreshold"/> to at or below it: an order, or the warehouse's own operations.
/// Queued in the caller's unit of work, so an alert exists exactly when the change does.
/// </summary>
public static class LowStockAlerts
{
    public static async Task QueueIfCrossedAsync(VetrinaDbContext db, string sku, string style, int before, int after, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        if (before > StockAvailability.LowStockThreshold && after <= StockAvailability.LowStockThreshold)
        {
            await WebhookOutbox.EnqueueAsync(db, WebhookEvents.StockLow, new { sku, style, available = Math.Max(0, after) }, at, cancellationToken);
        }
    }
}
