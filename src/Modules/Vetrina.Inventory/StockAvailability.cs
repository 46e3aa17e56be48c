using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Vetrina.Data;
using Vetrina.Inventory.Contracts;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory;

/// <summary>What other modules may ask of stock (<see cref="IStockAvailability"/>): what can be sold online per SKU.</summary>
internal sealed class StockAvailability(VetrinaDbContext db, HybridCache cache, StockQueries queries) : IStockAvailability
{
    public const int LowStockThreshold = IStockAvailability.LowStockThreshold;

    // Listing pages only decide which sizes to offer as filters; a few seconds old is fine there, the product page reads live.
    private static readonly HybridCacheEntryOptions ListingOptions = new() { Expiration = TimeSpan.FromSeconds(10), LocalCacheExpiration = TimeSpan.FromSeconds(5) };

    /// <summary>Units sellable online (in stock or ahead of stock) per SKU, a few seconds old.</summary>
    public async Task<IReadOnlyDictionary<int, int>> RecentOnlineSellableAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("inventory:online-sellable", async ct => new OnlineSellable(await AllOnlineSellableAsync(ct)),
            ListingOptions, cancellationToken: cancellationToken)).Units;

    // A product page shows stock at most two seconds old; every popular page view reading the database would cap the
    // storefront at the database's pace. Placing an order reserves against live stock, never against this.
    private static readonly HybridCacheEntryOptions ProductOptions = new() { Expiration = TimeSpan.FromSeconds(2), LocalCacheExpiration = TimeSpan.FromSeconds(2) };

    /// <summary>Online stock for one style's SKUs, as the product page shows it.</summary>
    public async Task<IReadOnlyDictionary<int, SkuStock>> StyleOnlineAsync(int styleId, IReadOnlyCollection<int> skuIds,
        CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync($"inventory:style:{styleId}", async ct => new OnlineStock(await OnlineAsync(skuIds, ct)),
            ProductOptions, cancellationToken: cancellationToken)).Skus;

    /// <summary>Live online stock per SKU; a SKU with no stock anywhere is missing (read it as <see cref="SkuStock.None"/>).</summary>
    public async Task<IReadOnlyDictionary<int, SkuStock>> OnlineAsync(IReadOnlyCollection<int> skuIds, CancellationToken cancellationToken = default)
    {
        var levels = new List<SkuLevel>(skuIds.Count * 2);
        await foreach (var level in queries.OnlineLevels(db, [.. skuIds]).WithCancellation(cancellationToken))
        {
            levels.Add(level);
        }

        return levels.GroupBy(l => l.SkuId).ToDictionary(g => g.Key, SkuStock.From);
    }

    private async Task<Dictionary<int, int>> AllOnlineSellableAsync(CancellationToken cancellationToken = default)
    {
        var online = db.Set<StockLocation>().Where(l => l.FulfilsOnline).Select(l => l.Code);
        var rows = await db.Set<StockLevel>().AsNoTracking()
            .Where(l => online.Contains(l.LocationCode))
            .GroupBy(l => l.SkuId)
            .Select(g => new { SkuId = g.Key, Sellable = g.Sum(l => l.OnHand - l.Reserved + l.BackorderLimit) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.SkuId, r => Math.Max(0, r.Sellable));
    }
}

/// <summary>Online stock per SKU id, cached as one immutable value so memory hits are not deserialised copies.</summary>
[ImmutableObject(true)]
internal sealed record OnlineStock(IReadOnlyDictionary<int, SkuStock> Skus);

/// <summary>Units sellable online per SKU id, cached as one immutable value.</summary>
[ImmutableObject(true)]
internal sealed record OnlineSellable(IReadOnlyDictionary<int, int> Units);
