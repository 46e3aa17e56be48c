namespace Vetrina.Inventory.Contracts;

/// <summary>What the shop can sell online per SKU: what shop pages, bags, feeds and checkout show of stock.</summary>
public interface IStockAvailability
{
    /// <summary>At or below this many units sellable online a SKU counts as running low (shop, back office, webhooks).</summary>
    const int LowStockThreshold = 3;

    /// <summary>Units sellable online (in stock or ahead of stock) per SKU, a few seconds old: for listings and feeds.</summary>
    Task<IReadOnlyDictionary<int, int>> RecentOnlineSellableAsync(CancellationToken cancellationToken = default);

    /// <summary>Online stock for one style's SKUs as the product page shows it, at most two seconds old.</summary>
    Task<IReadOnlyDictionary<int, SkuStock>> StyleOnlineAsync(int styleId, IReadOnlyCollection<int> skuIds, CancellationToken cancellationToken = default);

    /// <summary>Live online stock per SKU; a SKU with no stock anywhere is missing (read it as <see cref="SkuStock.None"/>).</summary>
    Task<IReadOnlyDictionary<int, SkuStock>> OnlineAsync(IReadOnlyCollection<int> skuIds, CancellationToken cancellationToken = default);
}
