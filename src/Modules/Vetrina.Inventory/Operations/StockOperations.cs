using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Catalog.Contracts;
using Vetrina.Data.Audit;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory.Operations;

/// <summary>
/// What the warehouse does to stock: receive, adjust, count, transfer. Every operation is one or two ledger movements
/// and an atomic update of the running balance in the same transaction; each update states the condition it relies on
/// (on hand never below what is reserved), so it cannot overwrite a reservation made at the same moment.
/// </summary>
internal sealed class StockOperations(VetrinaDbContext db, ICatalogCodes catalogue, TimeProvider clock)
{
    public const int MaxUnits = 100_000;

    public Task<StockOperationResult> ReceiveAsync(int skuId, string location, int quantity, string reference, string actor,
        CancellationToken cancellationToken = default) =>
        quantity is < 1 or > MaxUnits
            ? Task.FromResult(StockOperationResult.Refused(StockOperationError.QuantityOutOfRange, $"Receive between 1 and {MaxUnits:N0} units."))
            : ChangeAsync(skuId, location, quantity, MovementKind.Receipt, reference, actor, "stock.received", cancellationToken);

    /// <summary>Corrects on-hand by a signed number of units (damaged, found, lost), with the reason in the ledger.</summary>
    public Task<StockOperationResult> AdjustAsync(int skuId, string location, int delta, string reason, string actor,
        CancellationToken cancellationToken = default)
    {
        if (delta == 0 || Math.Abs(delta) > MaxUnits)
        {
            return Task.FromResult(StockOperationResult.Refused(StockOperationError.QuantityOutOfRange,
                $"Adjust by a number of units other than zero, at most {MaxUnits:N0} either way."));
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult(StockOperationResult.Refused(StockOperationError.ReasonRequired, "Say why (damaged, found, theft...): the ledger keeps it."))
            : ChangeAsync(skuId, location, delta, MovementKind.Adjustment, reason.Trim(), actor, "stock.adjusted", cancellationToken);
    }

    /// <summary>Sets on-hand to what was counted on the shelf; the ledger records the difference.</summary>
    public async Task<StockOperationResult> CountAsync(int skuId, string location, int counted, string actor, CancellationToken cancellationToken = default)
    {
        if (counted is < 0 or > MaxUnits)
        {
            return StockOperationResult.Refused(StockOperationError.QuantityOutOfRange, $"A count lies between 0 and {MaxUnits:N0}.");
        }

        // Optimistic: the difference is computed from the on-hand read, and applied only if on-hand has not moved since.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var level = await LevelAsync(skuId, location, cancellationToken);
            if (level is null)
            {
                return await UnknownAsync(skuId, location, cancellationToken);
            }

            var delta = counted - level.OnHand;
            if (counted + level.BackorderLimit < level.Reserved)
            {
                return StockOperationResult.Refused(StockOperationError.BelowReserved,
                    $"{level.Reserved} units are reserved for orders here; a count of {counted} means some are missing. Release or reassign those orders first.");
            }

            var result = await ApplyAsync(skuId, location, delta, MovementKind.Count, $"count {counted}", actor, "stock.counted",
                level.OnHand, cancellationToken);
            if (result is not null)
            {
                return result;
            }
        }

        return StockOperationResult.Refused(StockOperationError.QuantityOutOfRange, "Stock kept moving while counting; count again.");
    }

    public async Task<StockOperationResult> TransferAsync(int skuId, string from, string to, int quantity, string actor,
        CancellationToken cancellationToken = default)
    {
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return StockOperationResult.Refused(StockOperationError.SameLocation, "Choose two different locations.");
        }

        if (quantity is < 1 or > MaxUnits)
        {
            return StockOperationResult.Refused(StockOperationError.QuantityOutOfRange, $"Transfer between 1 and {MaxUnits:N0} units.");
        }

        if (!await LocationExistsAsync(to, cancellationToken))
        {
            return await UnknownAsync(skuId, to, cancellationToken);
        }

        if (await LevelAsync(skuId, from, cancellationToken) is null)
        {
            return await UnknownAsync(skuId, from, cancellationToken);
        }

        await EnsureLevelAsync(skuId, to, cancellationToken);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var before = await OnlineSellableAsync(skuId, from, cancellationToken);
            var stillOnline = await db.Set<StockLocation>().AnyAsync(l => l.Code == to && l.FulfilsOnline, cancellationToken);
            var taken = await db.Set<StockLevel>()
                .Where(l => l.SkuId == skuId && l.LocationCode == from && l.OnHand - l.Reserved >= quantity)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.OnHand - quantity), cancellationToken);
            if (taken == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return StockOperationResult.Refused(StockOperationError.NotEnoughAvailable, $"Fewer than {quantity} units are free to move at {from}.");
            }

            await db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == to)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.OnHand + quantity), cancellationToken);

            var now = clock.GetUtcNow();
            var reference = $"transfer {from}->{to}";
            db.Add(new StockMovement(skuId, from, MovementKind.TransferOut, -quantity, 0, reference, now));
            db.Add(new StockMovement(skuId, to, MovementKind.TransferIn, quantity, 0, reference, now));
            db.AuditLog.Add(new AuditEntry(now, actor, "stock.transferred", $"sku:{skuId}", $"{quantity} units {from} -> {to}."));
            await AlertIfLowAsync(skuId, before, stillOnline ? 0 : -quantity, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return StockOperationResult.Done(quantity);
        });
    }

    /// <summary>
    /// Lets the shop sell up to <paramref name="limit"/> units beyond what is on hand at a location, expected on a date
    /// (a backorder, or the pre-order quantity of a coming-soon style); zero stops it. It cannot fall below the units
    /// already promised to orders beyond stock.
    /// </summary>
    public async Task<StockOperationResult> AllowBackordersAsync(int skuId, string location, int limit, DateOnly? expectedOn, string actor,
        CancellationToken cancellationToken = default)
    {
        if (limit is < 0 or > MaxUnits)
        {
            return StockOperationResult.Refused(StockOperationError.QuantityOutOfRange, $"Allow between 0 and {MaxUnits:N0} units beyond stock.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (limit > 0 && (expectedOn is not { } date || date < today))
        {
            return StockOperationResult.Refused(StockOperationError.ExpectedDateRequired,
                "Give the date the units are expected (today or later): the shop tells shoppers when their order ships.");
        }

        if (!await LocationExistsAsync(location, cancellationToken))
        {
            return await UnknownAsync(skuId, location, cancellationToken);
        }

        await EnsureLevelAsync(skuId, location, cancellationToken);
        var expected = limit == 0 ? null : expectedOn;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var updated = await db.Set<StockLevel>()
                .Where(l => l.SkuId == skuId && l.LocationCode == location && l.OnHand - l.Reserved + limit >= 0)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.BackorderLimit, limit).SetProperty(l => l.ExpectedOn, expected), cancellationToken);
            if (updated == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                var level = await LevelAsync(skuId, location, cancellationToken);
                return StockOperationResult.Refused(StockOperationError.BelowReserved,
                    $"{level!.Backordered} units are already ordered beyond stock at {location}; allow at least that many, or cancel those orders first.");
            }

            var detail = limit == 0 ? $"{location}: nothing sold beyond stock." : $"{location}: up to {limit} units sold beyond stock, expected {expected:yyyy-MM-dd}.";
            db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), actor, "stock.backorders-allowed", $"sku:{skuId}", detail));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return StockOperationResult.Done(limit, detail);
        });
    }

    /// <summary>
    /// Puts units a shopper sent back on the shelf at a location, inside the caller's transaction (the return and its
    /// stock commit together). The location must exist; its balance for the SKU is opened if it had none.
    /// </summary>
    public async Task ReturnWithinAsync(int skuId, string location, int quantity, string reference, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Open a transaction first: the caller commits or rolls back the return.");
        }

        var now = clock.GetUtcNow();
        var updated = await db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == location)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.OnHand + quantity), cancellationToken);
        if (updated == 1)
        {
            db.Add(new StockMovement(skuId, location, MovementKind.Return, quantity, 0, reference, now));
            return;
        }

        var level = new StockLevel(skuId, location);
        db.Add(level);
        db.Add(level.Return(quantity, reference, now));
    }

    private async Task<StockOperationResult> ChangeAsync(int skuId, string location, int delta, MovementKind kind, string reference, string actor,
        string action, CancellationToken cancellationToken)
    {
        if (!await LocationExistsAsync(location, cancellationToken))
        {
            return await UnknownAsync(skuId, location, cancellationToken);
        }

        await EnsureLevelAsync(skuId, location, cancellationToken);

        return await ApplyAsync(skuId, location, delta, kind, reference, actor, action, expectedOnHand: null, cancellationToken)
            ?? StockOperationResult.Refused(StockOperationError.BelowReserved, "Stock moved meanwhile; try again.");
    }

    /// <summary>One movement and its balance update; null when the expected on-hand no longer holds.</summary>
    private async Task<StockOperationResult?> ApplyAsync(int skuId, string location, int delta, MovementKind kind, string reference, string actor,
        string action, int? expectedOnHand, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var before = delta < 0 ? await OnlineSellableAsync(skuId, location, cancellationToken) : null;
            // Orders may wait for stock on its way (a backorder), never for more than was promised to come.
            var level = db.Set<StockLevel>()
                .Where(l => l.SkuId == skuId && l.LocationCode == location && l.OnHand + delta >= 0 && l.OnHand + delta + l.BackorderLimit >= l.Reserved
                    && (expectedOnHand == null || l.OnHand == expectedOnHand));
            // A receipt is the stock on its way arriving: it uses up as much of the backorder allowance.
            var updated = kind == MovementKind.Receipt
                ? await level.ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.OnHand + delta)
                    .SetProperty(l => l.BackorderLimit, l => l.BackorderLimit > delta ? l.BackorderLimit - delta : 0)
                    .SetProperty(l => l.ExpectedOn, l => l.BackorderLimit > delta ? l.ExpectedOn : null), cancellationToken)
                : await level.ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.OnHand + delta), cancellationToken);
            if (updated == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                if (expectedOnHand is not null)
                {
                    return null;
                }

                var now = await LevelAsync(skuId, location, cancellationToken);
                return StockOperationResult.Refused(StockOperationError.BelowReserved,
                    $"That would leave {now!.OnHand + delta} on hand with {now.Reserved} reserved for orders; on hand never drops below what is reserved.");
            }

            var at = clock.GetUtcNow();
            db.Add(new StockMovement(skuId, location, kind, delta, 0, reference, at));
            db.AuditLog.Add(new AuditEntry(at, actor, action, $"sku:{skuId}", $"{location}: {delta:+#;-#;0} ({reference})."));
            await AlertIfLowAsync(skuId, before, delta, at, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return StockOperationResult.Done(delta);
        });
    }

    /// <summary>The SKU's units sellable online, when a change at this location can change them; null when it sells nothing online.</summary>
    private async Task<int?> OnlineSellableAsync(int skuId, string location, CancellationToken cancellationToken)
    {
        var online = db.Set<StockLocation>().Where(l => l.FulfilsOnline).Select(l => l.Code);
        if (!await online.AnyAsync(code => code == location, cancellationToken))
        {
            return null;
        }

        return await db.Set<StockLevel>().Where(l => l.SkuId == skuId && online.Contains(l.LocationCode))
            .SumAsync(l => l.OnHand - l.Reserved + l.BackorderLimit, cancellationToken);
    }

    private async Task AlertIfLowAsync(int skuId, int? before, int change, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (before is not { } was || !LowStockAlerts.Crosses(was, was + change))
        {
            return;
        }

        if (await catalogue.OfSkuAsync(skuId, cancellationToken) is { } codes)
        {
            new LowStockAlerts(db).Crossed(codes.Sku, codes.Style, was, was + change, at);
        }
    }

    private Task<StockLevel?> LevelAsync(int skuId, string location, CancellationToken cancellationToken) =>
        db.Set<StockLevel>().AsNoTracking().FirstOrDefaultAsync(l => l.SkuId == skuId && l.LocationCode == location, cancellationToken);

    private Task<bool> LocationExistsAsync(string location, CancellationToken cancellationToken) =>
        db.Set<StockLocation>().AnyAsync(l => l.Code == location, cancellationToken);

    /// <summary>A SKU's first stock at a location opens its balance there, at zero. The caller has resolved the SKU in the catalogue.</summary>
    private async Task EnsureLevelAsync(int skuId, string location, CancellationToken cancellationToken)
    {
        if (await LevelAsync(skuId, location, cancellationToken) is not null)
        {
            return;
        }

        db.Add(new StockLevel(skuId, location));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Opened by someone else at the same moment; theirs will do.
        }

        db.ChangeTracker.Clear();
    }

    private async Task<StockOperationResult> UnknownAsync(int skuId, string location, CancellationToken cancellationToken) =>
        await LocationExistsAsync(location, cancellationToken)
            ? StockOperationResult.Refused(StockOperationError.UnknownSku, $"No stock of SKU {skuId} is kept at {location}.")
            : StockOperationResult.Refused(StockOperationError.UnknownLocation, $"There is no stock location {location}.");
}
