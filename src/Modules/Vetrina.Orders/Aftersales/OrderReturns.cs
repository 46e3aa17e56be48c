using Microsoft.EntityFrameworkCore;
using Vetrina.Orders.Contracts;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Inventory.Contracts;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Notifications;

namespace Vetrina.Orders.Aftersales;

/// <summary>
/// Receives what shoppers send back: the units per line, where they arrived, and whether they go back on the shelf
/// (a Return movement in the ledger) or not (damaged, worn). Each return is recorded once per key; the refund is a
/// separate decision (<see cref="OrderAdministration.RefundAsync"/>), usually for the value of the returned units.
/// </summary>
internal sealed class OrderReturns(VetrinaDbContext db, IStockReservations stock, IStockLocations locations, OrderNumbers numbers, OrderSnapshots snapshots,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<OrderReturn>> ForOrderAsync(long orderId, CancellationToken cancellationToken = default) =>
        await db.Set<OrderReturn>().AsNoTracking().Include(r => r.Lines).Where(r => r.OrderId == orderId).OrderBy(r => r.Id).ToListAsync(cancellationToken);

    /// <param name="quantities">Units returned per order line id.</param>
    /// <param name="key">One per return the staff member means to record (the form's one-time token): a resubmitted form records it once.</param>
    /// <param name="returnNumber">The shopper's return request the parcel answers, when it came with one ("VT-100042-R1"): it is then received.</param>
    public async Task<OrderActionResult> ReceiveAsync(long orderId, string locationCode, IReadOnlyDictionary<long, int> quantities, bool restock, string reason,
        string key, string actor, string? returnNumber, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var returnKey = $"{orderId}:{key}";
        if (await db.Set<OrderReturn>().AnyAsync(r => r.Key == returnKey, cancellationToken))
        {
            return OrderActionResult.Done();
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return new(OrderActionError.NotFound, "No such order.");
        }

        var location = locationCode.Trim().ToUpperInvariant();
        if (!await locations.ExistsAsync(location, cancellationToken))
        {
            return new(OrderActionError.UnknownLocation, $"There is no stock location '{locationCode}'.");
        }

        var lines = order.Lines.ToDictionary(l => l.Id);
        if (quantities.Any(q => !lines.TryGetValue(q.Key, out var line) || q.Value < 0 || q.Value > line.ShippedQuantity - line.ReturnedQuantity))
        {
            return new(OrderActionError.TooMany, "A quantity is more than that line has shipped and not yet come back (or not a line of this order).");
        }

        var returned = quantities.Where(q => q.Value > 0).Select(q => new OrderReturnLine(q.Key, lines[q.Key].SkuId, q.Value)).ToList();
        if (returned.Count == 0)
        {
            return new(OrderActionError.NothingToPack, "Give the units that came back for at least one line.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new(OrderActionError.ReasonRequired, "Say why the units came back (wrong size, faulty...): fashion buyers read it.");
        }

        if (returnNumber is not null
            && !await db.Set<ReturnRequest>().AnyAsync(r => r.OrderId == orderId && r.Number == returnNumber && r.Stage == ReturnStage.Requested, cancellationToken))
        {
            return new(OrderActionError.WrongStatus, $"Return {returnNumber} is not one of this order's returns waiting to arrive.");
        }

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var tracked = await db.Set<Order>().Include(o => o.Lines).FirstAsync(o => o.Id == orderId, cancellationToken);
                var now = clock.GetUtcNow();
                foreach (var line in returned)
                {
                    tracked.Lines.First(l => l.Id == line.OrderLineId).RecordReturned(line.Quantity);
                    if (restock)
                    {
                        await stock.ReturnWithinAsync(line.SkuId, location, line.Quantity, $"return {numbers.Format(orderId)}", cancellationToken);
                    }
                }

                tracked.Touch(now);
                var request = returnNumber is null ? null
                    : await db.Set<ReturnRequest>().FirstAsync(r => r.OrderId == orderId && r.Number == returnNumber, cancellationToken);
                if (request is { Stage: not ReturnStage.Requested })
                {
                    return new OrderActionResult(OrderActionError.WrongStatus, $"Return {returnNumber} has been received already.");
                }

                var received = new OrderReturn(orderId, returnKey, location, restock, reason.Trim(), actor, now, returned);
                db.Add(received);
                await db.SaveChangesAsync(cancellationToken);
                request?.MarkReceived(received.Id, now);

                db.Publish(new ReturnReceived(snapshots.Of(tracked), received.Id, location, restock, reason.Trim(),
                    [.. returned.Select(r => new UnitsOfLine(r.OrderLineId, tracked.Lines.First(l => l.Id == r.OrderLineId).SkuCode, r.Quantity))], now));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return OrderActionResult.Done();
            });
        }
        catch (DbUpdateException)
        {
            // The same return sent twice at once (its key is unique), or the order moved meanwhile.
            db.ChangeTracker.Clear();
            return await db.Set<OrderReturn>().AnyAsync(r => r.Key == returnKey, cancellationToken)
                ? OrderActionResult.Done()
                : new(OrderActionError.Conflict, "Someone else changed this order at the same time. Reload it and check before trying again.");
        }
    }
}
