using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Vetrina.Data;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory;

/// <summary>What other modules may ask of stock: units available online per SKU.</summary>
public sealed class StockAvailability(VetrinaDbContext db, HybridCache cache, StockQueries queries)
{
    /// <summary>At or below this many units available online a SKU counts as running low (shop, back office, webhooks).</summary>
    public const int LowStockThreshold = 3;

    // Listing pages only decide which sizes to offer as filters; a few seconds old is fine there, the product page reads live.
    private static readonly HybridCacheEntryOptions ListingOptions = new() { Expiration = TimeSpan.FromSeconds(10), LocalCacheExpiration = TimeSpan.FromSeconds(5) };

    public async Task<IReadOnlyDictionary<int, int>> RecentOnlineAvailableAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("inventory:online-available", async ct => new OnlineStock(await AllOnlineAvailableAsync(ct)),
            ListingOptions, cancellationToken: cancellationToken)).Available;

    // A product page shows stock at most two seconds old; every popular page view reading the database would cap the
    // storefront at the database's pace. Placing an order reserves against live stock, never against this.
    private static readonly HybridCacheEntryOptions ProductOptions = new() { Expiration = TimeSpan.FromSeconds(2), LocalCacheExpiration = TimeSpan.FromSeconds(2) };

    /// <summary>Units available online for one style's SKUs, as the product page shows them.</summary>
    public async Task<IReadOnlyDictionary<int, int>> StyleOnlineAvailableAsync(int styleId, IReadOnlyCollection<int> skuIds,
        CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync($"inventory:style:{styleId}", async ct => new OnlineStock(await OnlineAvailableAsync(skuIds, ct)),
            ProductOptions, cancellationToken: cancellationToken)).Available;

    public async Task<IReadOnlyDictionary<int, int>> OnlineAvailableAsync(IReadOnlyCollection<int> skuIds, CancellationToken cancellationToken = default)
    {
        var available = new Dictionary<int, int>(skuIds.Count);
        await foreach (var row in queries.OnlineBySku(db, [.. skuIds]).WithCancellation(cancellationToken))
        {
            available[row.SkuId] = Math.Max(0, row.Available);
        }

        return available;
    }

    private async Task<Dictionary<int, int>> AllOnlineAvailableAsync(CancellationToken cancellationToken = default)
    {
        var online = db.Set<StockLocation>().Where(l => l.FulfilsOnline).Select(l => l.Code);
        var rows = await db.Set<StockLevel>().AsNoTracking()
            .Where(l => online.Contains(l.LocationCode))
            .GroupBy(l => l.SkuId)
            .Select(g => new { SkuId = g.Key, Available = g.Sum(l => l.OnHand - l.Reserved) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.SkuId, r => Math.Max(0, r.Available));
    }
}

/// <summary>Units available online per SKU id, cached as one immutable value so memory hits are not deserialised copies.</summary>
[ImmutableObject(true)]
public sealed record OnlineStock(IReadOnlyDictionary<int, int> Available);
