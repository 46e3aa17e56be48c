using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Inventory.Contracts;
using Vetrina.Inventory.Contracts.Events;

namespace Vetrina.Inventory;

/// <summary>
/// Tells the rest of the platform (webhooks for buyers and replenishment, back-in-stock alerts) when a change takes a
/// SKU's units sellable online across <see cref="StockAvailability.LowStockThreshold"/> or across zero. Published in
/// the caller's unit of work, so an alert exists exactly when the change does.
/// </summary>
internal sealed class LowStockAlerts(VetrinaDbContext db) : IStockAlerts
{
    /// <summary>Whether a change from <paramref name="before"/> to <paramref name="after"/> units is worth an alert.</summary>
    public static bool Crosses(int before, int after) =>
        (before > StockAvailability.LowStockThreshold && after <= StockAvailability.LowStockThreshold) || (before <= 0 && after > 0);

    public void Crossed(string sku, string style, int before, int after, DateTimeOffset at)
    {
        if (before > StockAvailability.LowStockThreshold && after <= StockAvailability.LowStockThreshold)
        {
            db.Publish(new StockLow(sku, style, Math.Max(0, after), at));
        }
        else if (before <= 0 && after > 0)
        {
            db.Publish(new BackInStock(sku, style, after, at));
        }
    }
}
