using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Vetrina.Data;
using Vetrina.Inventory.Domain;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Inventory.Reservations;

/// <summary>
/// Holds stock for orders so that it is never sold twice. Each line is one conditional update ("reserve q units where
/// at least q are available"): the database serialises concurrent ones on the row (PostgreSQL's row lock, SQLite's
/// single writer), so however many buyers race for the last units, exactly as many win as there are units, on one
/// node or several. Each line is held and written to the ledger in its own short unit of work that commits at once:
/// on PostgreSQL a single statement, so a hot SKU's row is locked only while the database runs it, never while the
/// application is busy elsewhere. A line that cannot be held gives back the ones held before it.
/// </summary>
internal sealed class StockReservations(VetrinaDbContext db, TimeProvider clock, InventoryMetrics metrics, IMemoryCache cache)
{
    private const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// Holds every line under the reference, or none. The holder then ties the reference to what it holds for (an
    /// order) or releases it; a hold left untied (the node died in between) is released by its owner's sweep.
    /// </summary>
    public async Task<ReservationResult> ReserveAsync(IReadOnlyList<ReservationLine> lines, string reference, CancellationToken cancellationToken = default)
    {
        EnsureValid(lines);
        var online = await OnlineLocationsAsync(cancellationToken);
        var started = clock.GetTimestamp();
        var held = 0;
        var backordered = new List<BackorderedLine>();
        try
        {
            // Lines in SKU order: two orders holding the same SKUs lock their rows in the same order and cannot deadlock.
            foreach (var line in lines.OrderBy(l => l.SkuId))
            {
                var hold = await HoldLineAsync(line, online, reference, aheadOfStock: false, cancellationToken)
                    ?? await HoldLineAsync(line, online, reference, aheadOfStock: true, cancellationToken);
                if (hold is null)
                {
                    if (held > 0)
                    {
                        await ReleaseAsync(reference, cancellationToken: cancellationToken);
                    }

                    return ReservationResult.Failed(await ShortLinesAsync(lines, online, cancellationToken));
                }

                if (hold.Units > 0)
                {
                    backordered.Add(hold);
                }

                held++;
            }

            return new ReservationResult(true, [], backordered);
        }
        finally
        {
            metrics.ReservationDuration.Record(clock.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Gives back whatever a reference still holds (cancelled order, failed payment, expired checkout).</summary>
    public async Task<int> ReleaseAsync(string reference, MovementKind kind = MovementKind.Release, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var released = await ReleaseWithinAsync(reference, kind, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return released;
        });
    }

    /// <summary>Releases inside the caller's open transaction (an order cancelled and its stock freed commit together).</summary>
    public async Task<int> ReleaseWithinAsync(string reference, MovementKind kind = MovementKind.Release, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Open a transaction first: the caller commits or rolls back the release.");
        }

        var held = await db.Set<StockMovement>().AsNoTracking()
            .Where(m => m.Reference == reference)
            .GroupBy(m => new { m.SkuId, m.LocationCode })
            .Select(g => new { g.Key.SkuId, g.Key.LocationCode, Held = g.Sum(m => m.ReservedDelta) })
            .Where(x => x.Held > 0)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var line in held)
        {
            await db.Set<StockLevel>().Where(l => l.SkuId == line.SkuId && l.LocationCode == line.LocationCode)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.Reserved, l => l.Reserved - line.Held), cancellationToken);
            db.Add(new StockMovement(line.SkuId, line.LocationCode, kind, 0, -line.Held, reference, now));
        }

        return held.Sum(h => h.Held);
    }

    /// <summary>
    /// Takes shipped units out of stock inside the caller's transaction. Units come out of the reservation where it is
    /// held at the shipping location; shipped from elsewhere (split fulfilment, a store sending what the warehouse
    /// lacks) they come out of that location's free stock and the reservation is given back where it was held. Returns
    /// false, having changed what the caller must roll back, when the location has not got the units.
    /// </summary>
    public async Task<bool> ShipWithinAsync(string reference, int skuId, string location, int quantity, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Open a transaction first: the caller commits or rolls back the shipment.");
        }

        var held = await db.Set<StockMovement>().AsNoTracking()
            .Where(m => m.Reference == reference && m.SkuId == skuId)
            .GroupBy(m => m.LocationCode)
            .Select(g => new { Location = g.Key, Held = g.Sum(m => m.ReservedDelta) })
            .Where(x => x.Held > 0)
            .ToDictionaryAsync(x => x.Location, x => x.Held, cancellationToken);
        if (held.Values.Sum() < quantity)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var fromReservation = Math.Min(held.GetValueOrDefault(location), quantity);
        if (fromReservation > 0)
        {
            // A hold made ahead of stock ships only once the units are on the shelf.
            var shipped = await db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == location && l.OnHand >= fromReservation)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.OnHand - fromReservation)
                    .SetProperty(l => l.Reserved, l => l.Reserved - fromReservation), cancellationToken);
            if (shipped == 0)
            {
                return false;
            }

            db.Add(new StockMovement(skuId, location, MovementKind.Sale, -fromReservation, -fromReservation, reference, now));
        }

        var rest = quantity - fromReservation;
        foreach (var (elsewhere, units) in held.Where(h => h.Key != location).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            if (rest == 0)
            {
                break;
            }

            var moved = Math.Min(units, rest);
            await db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == elsewhere)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.Reserved, l => l.Reserved - moved), cancellationToken);
            db.Add(new StockMovement(skuId, elsewhere, MovementKind.Release, 0, -moved, reference, now));
            var taken = await db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == location && l.OnHand - l.Reserved >= moved)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.OnHand - moved), cancellationToken);
            if (taken == 0)
            {
                return false;
            }

            db.Add(new StockMovement(skuId, location, MovementKind.Sale, -moved, 0, reference, now));
            rest -= moved;
        }

        return true;
    }

    /// <summary>The locations whose stock sells online; they change a few times a year, and every checkout asks.</summary>
    private async Task<List<string>> OnlineLocationsAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync("inventory:online-locations", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return await db.Set<StockLocation>().AsNoTracking().Where(l => l.FulfilsOnline).OrderBy(l => l.Code).Select(l => l.Code)
                .ToListAsync(cancellationToken);
        }))!;

    private static void EnsureValid(IReadOnlyList<ReservationLine> lines)
    {
        if (lines.Count == 0 || lines.Any(l => l.Quantity < 1) || lines.GroupBy(l => l.SkuId).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Reserve at least one unit of each SKU, each SKU once.", nameof(lines));
        }
    }

    /// <summary>
    /// Holds a line at the first online location that has it, and says how many of its units wait for stock on its way
    /// (none when <paramref name="aheadOfStock"/> is false: then only free units on the shelf count). Null when no
    /// location could hold it.
    /// </summary>
    private async Task<BackorderedLine?> HoldLineAsync(ReservationLine line, List<string> online, string reference, bool aheadOfStock,
        CancellationToken cancellationToken)
    {
        foreach (var location in online)
        {
            var now = clock.GetUtcNow();
            if (db.Database.ProviderName == PostgreSqlProvider)
            {
                // One statement: the level and its ledger line change together, and the row lock ends with the statement. It
                // holds nothing if the reference already holds this SKU: a retry after a lost reply must not hold twice.
                // It commits without waiting for the disk, so a hot SKU's row is free again in microseconds, not after an
                // fsync: a hold only counts once its order commits, and that commit (synchronous) flushes the log up to
                // and past the hold. A crash can lose only holds no committed order claims, which is what the sweep
                // would release anyway.
                var rows = await db.Database.SqlQuery<HeldRow>($"""
                    WITH held AS (
                        UPDATE inventory_levels SET "Reserved" = "Reserved" + {line.Quantity}
                        WHERE "SkuId" = {line.SkuId} AND "LocationCode" = {location}
                          AND (SELECT set_config('synchronous_commit', 'off', true)) = 'off'
                          AND "OnHand" - "Reserved" + CASE WHEN {aheadOfStock} THEN "BackorderLimit" ELSE 0 END >= {line.Quantity}
                          AND NOT EXISTS (SELECT 1 FROM inventory_movements m
                                          WHERE m."Reference" = {reference} AND m."SkuId" = {line.SkuId} AND m."Kind" = {nameof(MovementKind.Reservation)})
                        RETURNING "OnHand" - "Reserved" AS "Free", "ExpectedOn"),
                    ledger AS (
                        INSERT INTO inventory_movements ("SkuId", "LocationCode", "Kind", "OnHandDelta", "ReservedDelta", "Reference", "At")
                        SELECT {line.SkuId}, {location}, {nameof(MovementKind.Reservation)}, 0, {line.Quantity}, {reference}, {now} FROM held)
                    SELECT "Free", "ExpectedOn" FROM held
                    """).ToListAsync(cancellationToken);
                if (rows.Count == 1)
                {
                    return Backordered(line, rows[0]);
                }

                if (await HeldBeforeAsync(line, reference, cancellationToken) is { } before)
                {
                    return before;
                }

                continue;
            }

            // SQLite: one writer at a time for the whole file, in process; a short transaction does the same.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await HeldBeforeAsync(line, reference, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            var updated = await db.Set<StockLevel>()
                .Where(l => l.SkuId == line.SkuId && l.LocationCode == location
                    && l.OnHand - l.Reserved + (aheadOfStock ? l.BackorderLimit : 0) >= line.Quantity)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.Reserved, l => l.Reserved + line.Quantity), cancellationToken);
            if (updated == 1)
            {
                db.Add(new StockMovement(line.SkuId, location, MovementKind.Reservation, 0, line.Quantity, reference, now));
                await db.SaveChangesAsync(cancellationToken);
                var after = await db.Set<StockLevel>().AsNoTracking().Where(l => l.SkuId == line.SkuId && l.LocationCode == location)
                    .Select(l => new HeldRow(l.OnHand - l.Reserved, l.ExpectedOn)).FirstAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return Backordered(line, after);
            }

            await transaction.RollbackAsync(cancellationToken);
        }

        return null;
    }

    /// <summary>The units of a line beyond the shelf: all of it when the level was already short, what the shelf lacked otherwise.</summary>
    private static BackorderedLine Backordered(ReservationLine line, HeldRow after) =>
        new(line.SkuId, Math.Clamp(-after.Free, 0, line.Quantity), after.Free < 0 ? after.ExpectedOn : null);

    /// <summary>A hold this reference made before (a retry after a lost reply), as it stands now.</summary>
    private async Task<BackorderedLine?> HeldBeforeAsync(ReservationLine line, string reference, CancellationToken cancellationToken)
    {
        var location = await db.Set<StockMovement>().AsNoTracking()
            .Where(m => m.Reference == reference && m.SkuId == line.SkuId && m.Kind == MovementKind.Reservation)
            .Select(m => m.LocationCode).FirstOrDefaultAsync(cancellationToken);
        if (location is null)
        {
            return null;
        }

        var after = await db.Set<StockLevel>().AsNoTracking().Where(l => l.SkuId == line.SkuId && l.LocationCode == location)
            .Select(l => new HeldRow(l.OnHand - l.Reserved, l.ExpectedOn)).FirstAsync(cancellationToken);
        return Backordered(line, after);
    }

    private async Task<IReadOnlyList<ShortLine>> ShortLinesAsync(IReadOnlyList<ReservationLine> lines, List<string> online, CancellationToken cancellationToken)
    {
        var ids = lines.Select(l => l.SkuId).ToList();
        var available = await db.Set<StockLevel>().AsNoTracking()
            .Where(l => ids.Contains(l.SkuId) && online.Contains(l.LocationCode))
            .GroupBy(l => l.SkuId)
            .Select(g => new { SkuId = g.Key, Available = g.Max(l => l.OnHand - l.Reserved + l.BackorderLimit) })
            .ToDictionaryAsync(x => x.SkuId, x => x.Available, cancellationToken);
        return [.. lines.Select(l => new ShortLine(l.SkuId, l.Quantity, Math.Max(0, available.GetValueOrDefault(l.SkuId))))
            .Where(s => s.Available < s.Requested)];
    }
}

/// <summary>A level's free units and expected date right after a hold.</summary>
internal sealed record HeldRow(int Free, DateOnly? ExpectedOn);
