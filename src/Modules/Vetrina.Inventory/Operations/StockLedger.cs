using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory.Operations;

/// <summary>A balance that disagrees with the sum of its ledger movements.</summary>
internal sealed record LedgerMismatch(int SkuId, string Location, int OnHand, int Reserved, int LedgerOnHand, int LedgerReserved);

/// <summary>The ledger is the truth; balances are kept beside it for speed and can be checked against it at any time.</summary>
internal sealed class StockLedger(VetrinaDbContext db, TimeProvider clock)
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

    /// <summary>
    /// Sets every balance that disagrees with its ledger to the ledger's sums (after a restore, a manual fix in the
    /// database, a bug), each in the audit log. A balance that moves while this runs is left for the next run rather
    /// than overwritten: only one still as it was read is corrected. Returns the balances corrected.
    /// </summary>
    public async Task<int> RebuildAsync(string actor, CancellationToken cancellationToken = default)
    {
        var corrected = 0;
        foreach (var mismatch in await CheckAsync(cancellationToken))
        {
            var strategy = db.Database.CreateExecutionStrategy();
            corrected += await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var updated = await db.Set<StockLevel>()
                    .Where(l => l.SkuId == mismatch.SkuId && l.LocationCode == mismatch.Location && l.OnHand == mismatch.OnHand && l.Reserved == mismatch.Reserved)
                    .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, mismatch.LedgerOnHand).SetProperty(l => l.Reserved, mismatch.LedgerReserved),
                        cancellationToken);
                if (updated == 1)
                {
                    db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), actor, "stock.rebuilt", $"sku:{mismatch.SkuId}",
                        $"{mismatch.Location}: on hand {mismatch.OnHand} -> {mismatch.LedgerOnHand}, reserved {mismatch.Reserved} -> {mismatch.LedgerReserved}."));
                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return updated;
            });
        }

        return corrected;
    }

    /// <summary>The latest movements of a SKU, newest first.</summary>
    public async Task<IReadOnlyList<StockMovement>> HistoryAsync(int skuId, int take, CancellationToken cancellationToken = default) =>
        await db.Set<StockMovement>().AsNoTracking().Where(m => m.SkuId == skuId).OrderByDescending(m => m.Id).Take(take).ToListAsync(cancellationToken);
}
