using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory.Reservations;

/// <summary>
/// Holds stock for orders so that it is never sold twice. Each line is one conditional UPDATE ("reserve q units where
/// at least q are available"): the database serialises concurrent ones on the row (PostgreSQL's row lock, SQLite's
/// single writer), so however many buyers race for the last units, exactly as many win as there are units, on one
/// node or several. All lines of an order are held in one transaction, together with their ledger movements.
/// </summary>
public sealed class StockReservations(VetrinaDbContext db, TimeProvider clock)
{
    public async Task<ReservationResult> ReserveAsync(IReadOnlyList<ReservationLine> lines, string reference, CancellationToken cancellationToken = default)
    {
        EnsureValid(lines);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await HoldAllAsync(lines, reference, cancellationToken);
            if (!result.Reserved)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return result;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return result;
        });
    }

    /// <summary>
    /// Holds the lines inside the caller's open transaction, so that an order and the stock it holds commit together.
    /// The ledger movements are added to the context for the caller to save; when a line is short the caller rolls back.
    /// </summary>
    public async Task<ReservationResult> ReserveWithinAsync(IReadOnlyList<ReservationLine> lines, string reference, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Open a transaction first: the caller commits or rolls back the reservation.");
        }

        EnsureValid(lines);
        return await HoldAllAsync(lines, reference, cancellationToken);
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
            await db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == location)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.OnHand - fromReservation)
                    .SetProperty(l => l.Reserved, l => l.Reserved - fromReservation), cancellationToken);
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

    private static void EnsureValid(IReadOnlyList<ReservationLine> lines)
    {
        if (lines.Count == 0 || lines.Any(l => l.Quantity < 1) || lines.GroupBy(l => l.SkuId).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Reserve at least one unit of each SKU, each SKU once.", nameof(lines));
        }
    }

    private async Task<ReservationResult> HoldAllAsync(IReadOnlyList<ReservationLine> lines, string reference, CancellationToken cancellationToken)
    {
        var online = await db.Set<StockLocation>().AsNoTracking().Where(l => l.FulfilsOnline).OrderBy(l => l.Code).Select(l => l.Code)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var line in lines.OrderBy(l => l.SkuId))
        {
            // Lines in SKU order: two orders holding the same SKUs lock their rows in the same order and cannot deadlock.
            var location = await HoldAsync(line, online, cancellationToken);
            if (location is null)
            {
                return new ReservationResult(false, await ShortLinesAsync(lines, online, cancellationToken));
            }

            db.Add(new StockMovement(line.SkuId, location, MovementKind.Reservation, 0, line.Quantity, reference, now));
        }

        return ReservationResult.Success;
    }

    private async Task<string?> HoldAsync(ReservationLine line, List<string> online, CancellationToken cancellationToken)
    {
        foreach (var location in online)
        {
            var held = await db.Set<StockLevel>()
                .Where(l => l.SkuId == line.SkuId && l.LocationCode == location && l.OnHand - l.Reserved >= line.Quantity)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.Reserved, l => l.Reserved + line.Quantity), cancellationToken);
            if (held == 1)
            {
                return location;
            }
        }

        return null;
    }

    private async Task<IReadOnlyList<ShortLine>> ShortLinesAsync(IReadOnlyList<ReservationLine> lines, List<string> online, CancellationToken cancellationToken)
    {
        var ids = lines.Select(l => l.SkuId).ToList();
        var available = await db.Set<StockLevel>().AsNoTracking()
            .Where(l => ids.Contains(l.SkuId) && online.Contains(l.LocationCode))
            .GroupBy(l => l.SkuId)
            .Select(g => new { SkuId = g.Key, Available = g.Max(l => l.OnHand - l.Reserved) })
            .ToDictionaryAsync(x => x.SkuId, x => x.Available, cancellationToken);
        return [.. lines.Select(l => new ShortLine(l.SkuId, l.Quantity, Math.Max(0, available.GetValueOrDefault(l.SkuId))))
            .Where(s => s.Available < s.Requested)];
    }
}
