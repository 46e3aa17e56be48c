namespace Vetrina.Inventory.Contracts;

/// <summary>How a module that sold units tells the inventory what the sale did to availability, in its own transaction.</summary>
public interface IStockAlerts
{
    /// <summary>
    /// Publishes <see cref="Events.StockLow"/> (or <see cref="Events.BackInStock"/>) when the units sellable online of a
    /// SKU cross the threshold from <paramref name="before"/> to <paramref name="after"/>; nothing otherwise.
    /// </summary>
    void Crossed(string sku, string style, int before, int after, DateTimeOffset at);
}
