using Vetrina.Kernel.Events;

namespace Vetrina.Inventory.Contracts.Events;

/// <summary>A SKU that could not be sold online (none available) can be again: a receipt, a return, a cancelled order gave units back.</summary>
public sealed record BackInStock(string Sku, string Style, int Available, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override string Stream => $"sku:{Sku}";
}
