using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory;

/// <summary>What other modules may ask of stock: units available online per SKU.</summary>
public sealed class StockAvailability(VetrinaDbContext db, HybridCache cache)
{
    // Listing pages only decide which sizes to offer as filters; a few seconds old is fine there, the product page reads live.
    private static readonly HybridCacheEntryOptions ListingOptions = new() { Expiration = TimeSpan.FromSeconds(10), LocalCacheExpiration = TimeSpan.FromSeconds(5) };

    public async Task<IReadOnlyDictionary<int, int>> RecentOnlineAvailableAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync("inventory:online-available", async ct => await AllOnlineAvailableAsync(ct), ListingOptions, cancellationToken: cancellationToken);

    public async Task<IReadOnlyDictionary<int, int>> OnlineAvailableAsync(IReadOnlyCollection<int> skuIds, CancellationToken cancellationToken = default)
    {
        var online = db.Set<StockLocation>().Where(l => l.FulfilsOnline).Select(l => l.Code);
        var rows = await db.Set<StockLevel>().AsNoTracking()
            .Where(l => skuIds.Contains(l.SkuId) && online.Contains(l.LocationCode))
            .GroupBy(l => l.SkuId)
            .Select(g => new { SkuId = g.Key, Available = g.Sum(l => l.OnHand - l.Reserved) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.SkuId, r => Math.Max(0, r.Available));
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
