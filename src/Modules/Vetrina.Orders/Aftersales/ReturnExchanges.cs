using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Inventory.Contracts;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using Vetrina.Orders.Notifications;

namespace Vetrina.Orders.Aftersales;

/// <summary>
/// Sends an exchange once its return has arrived: the units held at request time leave the warehouse from that hold,
/// the return records the carrier and tracking number, and the shopper is emailed the tracking link.
/// </summary>
internal sealed class ReturnExchanges(VetrinaDbContext db, IStockReservations stock, IMailOutbox outbox, TimeProvider clock)
{
    public async Task<OrderActionResult> ShipAsync(string number, string location, string? carrier, string? tracking, string actor,
        CancellationToken cancellationToken)
    {
        if (Carriers.Find(carrier) is not { } known)
        {
            return new(OrderActionError.UnknownCarrier, "Choose the carrier that takes the exchange.");
        }

        if (!Carriers.IsTrackingNumber(tracking))
        {
            return new(OrderActionError.BadTrackingNumber, "Give the parcel's tracking number as the carrier printed it (letters and digits).");
        }

        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                // The order (its version) before the return, as for store credit: two sends at once cannot both ship.
                var orderId = await db.Set<ReturnRequest>().AsNoTracking().Where(r => r.Number == number).Select(r => (long?)r.OrderId).FirstOrDefaultAsync(cancellationToken);
                var order = orderId is null ? null : await db.Set<Order>().Include(o => o.Lines).FirstAsync(o => o.Id == orderId, cancellationToken);
                var request = await db.Set<ReturnRequest>().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
                if (order is null || request is not { Resolution: ReturnResolution.Exchange, ExchangeReference: { } hold })
                {
                    return new OrderActionResult(OrderActionError.NotFound, $"There is no exchange {number}.");
                }

                if (request.ExchangeShippedAt is not null)
                {
                    return OrderActionResult.Done();
                }

                if (!request.CanSendExchange)
                {
                    return new OrderActionResult(OrderActionError.WrongStatus, $"Return {number} has not arrived yet: receive it first, then send the exchange.");
                }

                foreach (var line in request.Lines.Where(l => l.ExchangeSkuId is not null).GroupBy(l => l.ExchangeSkuId!.Value))
                {
                    if (!await stock.ShipWithinAsync(hold, line.Key, location.Trim().ToUpperInvariant(), line.Sum(l => l.Quantity), cancellationToken))
                    {
                        return new OrderActionResult(OrderActionError.Conflict, $"{location} has not got the exchanged units. Send from the location that holds them.");
                    }
                }

                var now = clock.GetUtcNow();
                request.MarkExchanged(known.Code, tracking!.Trim(), now);
                order.Touch(now);
                await outbox.QueueAsync(ReturnMail.ExchangeShipped(order, request, Carriers.TrackingUrl(known.Code, tracking.Trim())), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return OrderActionResult.Done();
            });
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.Set<ReturnRequest>().AnyAsync(r => r.Number == number && r.ExchangeShippedAt != null, cancellationToken)
                ? OrderActionResult.Done()
                : new(OrderActionError.Conflict, "Someone else changed this order at the same time. Reload the returns and check before trying again.");
        }
    }
}
