using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Inventory.Contracts;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory.Operations;

internal sealed class StockLocations(VetrinaDbContext db) : IStockLocations
{
    public async Task<IReadOnlyList<StockLocationView>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<StockLocation>().AsNoTracking().OrderByDescending(l => l.FulfilsOnline).ThenBy(l => l.Code)
            .Select(l => new StockLocationView(l.Code, l.Name, l.FulfilsOnline, l.Kind == LocationKind.Store, l.CountryCode)).ToListAsync(cancellationToken);

    public Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) =>
        db.Set<StockLocation>().AnyAsync(l => l.Code == code, cancellationToken);

    public async Task<IReadOnlyDictionary<int, int>> OnHandAsync(string code, IReadOnlyCollection<int> skuIds, CancellationToken cancellationToken) =>
        await db.Set<StockLevel>().AsNoTracking().Where(l => l.LocationCode == code && skuIds.Contains(l.SkuId))
            .ToDictionaryAsync(l => l.SkuId, l => l.OnHand, cancellationToken);
}
