using Vetrina.Kernel.Events;

namespace Vetrina.Inventory.Contracts.Events;

/// <summary>A change (an order, a count, a transfer) took a SKU's units sellable online from above the low-stock threshold to at or below it.</summary>
public sealed record StockLow(string Sku, string Style, int Available, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override string Stream => $"sku:{Sku}";
}
