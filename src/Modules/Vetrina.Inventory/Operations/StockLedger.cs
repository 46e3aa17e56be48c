using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory.Operations;

/// <summary>A balance that disagrees with the sum of its ledger movements.</summary>
public sealed record LedgerMismatch(int SkuId, string Location, int OnHand, int Reserved, int LedgerOnHand, int LedgerReserved);

/// <summary>The ledger is the truth; balances are kept beside it for speed and can be checked against it at any time.</summary>
public sealed class StockLedger(VetrinaDbContext db)
{
    public async Task<IReadOnlyList<LedgerMismatch>> CheckAsync(CancellationToken cancellationToken = default)
    {
        var sums = await db.Set<StockMovement>().AsNoTracking()
            .GroupBy(m => new { m.SkuId, m.LocationCode })
            .Select(g => new { g.Key.SkuId, g.Key.LocationCode, OnHand = g.Sum(m => m.OnHandDelta), Reserved = g.Sum(m => m.ReservedDelta) })
            .ToDictionaryAsync(x => (x.SkuId, x.LocationCode), cancellationToken);
        var levels = await db.Set<StockLevel>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. levels
            .Select(l => (Level: l, Sum: sums.GetValueOrDefault((l.SkuId, l.LocationCode))))
            .Where(x => x.Level.OnHand != (x.Sum?.OnHand ?? 0) || x.Level.Reserved != (x.Sum?.Reserved ?? 0))
            .Select(x => new LedgerMismatch(x.Level.SkuId, x.Level.LocationCode, x.Level.OnHand, x.Level.Reserved, x.Sum?.OnHand ?? 0, x.Sum?.Reserved ?? 0))];
    }

    /// <summary>The latest movements of a SKU, newest first.</summary>
    public async Task<IReadOnlyList<StockMovement>> HistoryAsync(int skuId, int take, CancellationToken cancellationToken = default) =>
        await db.Set<StockMovement>().AsNoTracking().Where(m => m.SkuId == skuId).OrderByDescending(m => m.Id).Take(take).ToListAsync(cancellationToken);
}
