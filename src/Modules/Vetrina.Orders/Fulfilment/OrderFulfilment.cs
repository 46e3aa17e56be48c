using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Inventory.Contracts;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Notifications;
using Vetrina.Payments.Contracts;

namespace Vetrina.Orders.Fulfilment;

/// <summary>
/// Packs and ships orders. Packing records which units leave from where; shipping hands the parcel to a carrier,
/// captures the payment if it was only authorised (the card is charged when the goods leave, as fashion shops do),
/// takes the units out of stock, moves the order and emails the shopper the tracking link, all in one transaction.
/// </summary>
internal sealed class OrderFulfilment(VetrinaDbContext db, IPaymentProvider provider, IStockReservations reservations, IStockLocations locations, OrderMail mail, IMailOutbox outbox,
    OrderSnapshots snapshots, TimeProvider clock)
{
    public static readonly IReadOnlySet<OrderStatus> Fulfillable = new HashSet<OrderStatus> { OrderStatus.Authorised, OrderStatus.Paid, OrderStatus.PartiallyShipped };

    /// <summary>Units of each line not yet in a parcel, packed or shipped.</summary>
    public async Task<IReadOnlyDictionary<long, int>> UnpackedAsync(Order order, CancellationToken cancellationToken = default)
    {
        var packed = await db.Set<Shipment>().AsNoTracking().Where(s => s.OrderId == order.Id).SelectMany(s => s.Lines)
            .GroupBy(l => l.OrderLineId).Select(g => new { g.Key, Units = g.Sum(l => l.Quantity) }).ToDictionaryAsync(x => x.Key, x => x.Units, cancellationToken);
        return order.Lines.ToDictionary(l => l.Id, l => l.Quantity - packed.GetValueOrDefault(l.Id));
    }

    /// <summary>The order a parcel belongs to.</summary>
    public Task<long> OrderOfAsync(long shipmentId, CancellationToken cancellationToken = default) =>
        db.Set<Shipment>().Where(s => s.Id == shipmentId).Select(s => s.OrderId).FirstAsync(cancellationToken);

    public async Task<OrderActionResult> PackAsync(long orderId, string locationCode, IReadOnlyDictionary<long, int> quantities, string actor,
        CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var order = await db.Set<Order>().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return new(OrderActionError.NotFound, "No such order.");
        }

        if (!Fulfillable.Contains(order.Status))
        {
            return new(OrderActionError.WrongStatus, $"A {order.Status} order cannot be packed: only confirmed orders not yet fully shipped can.");
        }

        var location = locationCode.Trim().ToUpperInvariant();
        if (!await locations.ExistsAsync(location, cancellationToken))
        {
            return new(OrderActionError.UnknownLocation, $"There is no stock location '{locationCode}'.");
        }

        var unpacked = await UnpackedAsync(order, cancellationToken);
        if (quantities.Any(q => !unpacked.ContainsKey(q.Key) || q.Value < 0 || q.Value > unpacked[q.Key]))
        {
            return new(OrderActionError.TooMany, "A quantity is more than that line has left to pack (or not a line of this order).");
        }

        var lines = order.Lines.Where(l => quantities.GetValueOrDefault(l.Id) > 0)
            .Select(l => new ShipmentLine(l.Id, l.SkuId, quantities[l.Id])).ToList();
        if (lines.Count == 0)
        {
            return new(OrderActionError.NothingToPack, "Choose at least one unit to pack.");
        }

        if (await ShelfShortAsync(location, lines, cancellationToken) is { } shelf)
        {
            return shelf;
        }

        var now = clock.GetUtcNow();
        var shipment = new Shipment(order.Id, location, lines, actor, now);
        db.Add(shipment);
        order.Touch(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return OrderActionResult.Done(shipment.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(OrderActionError.Conflict, "Someone else changed this order at the same time. Reload it and pack again.");
        }
    }

    public async Task<OrderActionResult> ShipAsync(long shipmentId, string? carrierCode, string? trackingNumber, string actor,
        CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var carrier = Carriers.Find(carrierCode);
        if (carrier is null)
        {
            return new(OrderActionError.UnknownCarrier, $"Choose a carrier: {string.Join(", ", Carriers.All.Select(c => c.Code))}.");
        }

        if (!Carriers.IsTrackingNumber(trackingNumber))
        {
            return new(OrderActionError.BadTrackingNumber, "A tracking number is 6 to 40 letters and digits, as printed on the label.");
        }

        var shipment = await db.Set<Shipment>().AsNoTracking().Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == shipmentId, cancellationToken);
        if (shipment is null || shipment.Status != ShipmentStatus.Packed)
        {
            return new(shipment is null ? OrderActionError.NotFound : OrderActionError.WrongStatus,
                shipment is null ? "No such parcel." : "This parcel has already shipped.");
        }

        // Before the card is charged: a parcel of units bought ahead of stock waits until they are on the shelf.
        if (await ShelfShortAsync(shipment.LocationCode, shipment.Lines, cancellationToken) is { } shelf)
        {
            return shelf;
        }

        var order = await db.Set<Order>().AsNoTracking().FirstAsync(o => o.Id == shipment.OrderId, cancellationToken);
        var payment = await db.Set<OrderPayment>().AsNoTracking().Where(p => p.OrderId == order.Id).OrderByDescending(p => p.CreatedAt)
            .FirstAsync(cancellationToken);
        ProviderOutcome? captured = null;
        if (payment.State == PaymentState.Authorised && payment.AmountMinor == 0)
        {
            captured = new ProviderOutcome(ProviderStatus.Captured, Checkout.OrderPlacement.GiftCardOnly);
        }
        else if (payment.State == PaymentState.Authorised)
        {
            // The capture's key is the payment's: a retry after a crash or a second click captures once.
            captured = await provider.CaptureAsync(payment.Reference!, new Kernel.Money(payment.AmountMinor, payment.Currency), $"{payment.Id:N}:capture",
                cancellationToken);
            if (captured.Status != ProviderStatus.Captured)
            {
                return new(OrderActionError.PaymentRefused,
                    $"The payment provider refused to capture {order.AmountDue.Format()} ({captured.DeclineCode ?? captured.Status.ToString()}); the parcel stays packed.");
            }
        }
        else if (payment.State is not (PaymentState.Captured or PaymentState.PartiallyRefunded))
        {
            return new(OrderActionError.WrongStatus, $"The payment is {payment.State}: nothing can ship.");
        }

        try
        {
            return await RecordShipmentAsync(shipmentId, order, payment, captured, carrier, trackingNumber!.Trim(), actor, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(OrderActionError.Conflict, "Someone else changed this order at the same time. Reload it to see whether the parcel shipped.");
        }
    }

    /// <summary>
    /// Records that a parcel reached the shopper. When every unit of the order has shipped and every parcel is
    /// delivered, the order is delivered (<see cref="OrderDelivered"/>: review requests and return windows start here).
    /// Recording it twice changes nothing.
    /// </summary>
    public async Task<OrderActionResult> DeliverAsync(long shipmentId, string actor, CancellationToken cancellationToken = default)
    {
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var parcel = await db.Set<Shipment>().FirstOrDefaultAsync(s => s.Id == shipmentId, cancellationToken);
                if (parcel is null || parcel.Status == ShipmentStatus.Packed)
                {
                    return new OrderActionResult(parcel is null ? OrderActionError.NotFound : OrderActionError.WrongStatus,
                        parcel is null ? "No such parcel." : "This parcel has not shipped yet: ship it first.");
                }

                if (parcel.Status == ShipmentStatus.Delivered)
                {
                    return OrderActionResult.Done(parcel.Id);
                }

                var now = clock.GetUtcNow();
                parcel.MarkDelivered(now);
                var order = await db.Set<Order>().Include(o => o.Lines).FirstAsync(o => o.Id == parcel.OrderId, cancellationToken);
                var others = await db.Set<Shipment>().Where(s => s.OrderId == order.Id && s.Id != parcel.Id).Select(s => s.Status).ToListAsync(cancellationToken);
                if (order.IsFullyShipped && others.All(s => s == ShipmentStatus.Delivered))
                {
                    // A refund after shipping leaves the status at refunded; the delivery is still an event.
                    if (OrderStateMachine.CanMove(order.Status, OrderStatus.Delivered))
                    {
                        order.MoveTo(OrderStatus.Delivered, actor, now, $"parcel {parcel.Id} delivered");
                    }
                    else
                    {
                        order.Touch(now);
                    }

                    db.Publish(new OrderDelivered(snapshots.Of(order), now));
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return OrderActionResult.Done(parcel.Id);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(OrderActionError.Conflict, "Someone else changed this order at the same time. Reload it to see whether the parcel is delivered.");
        }
    }

    /// <summary>
    /// A parcel line whose units are not on the location's shelf (bought ahead of stock, the delivery not in yet), as a
    /// refusal for staff; null when the shelf has them all. The shipment's own conditional update stays the guard.
    /// </summary>
    private async Task<OrderActionResult?> ShelfShortAsync(string location, IReadOnlyList<ShipmentLine> lines, CancellationToken cancellationToken)
    {
        var skus = lines.Select(l => l.SkuId).ToList();
        var onHand = await locations.OnHandAsync(location, skus, cancellationToken);
        var shortLine = lines.GroupBy(l => l.SkuId).FirstOrDefault(g => g.Sum(l => l.Quantity) > onHand.GetValueOrDefault(g.Key));
        return shortLine is null ? null : new OrderActionResult(OrderActionError.NotEnoughStock,
            $"{location} has {onHand.GetValueOrDefault(shortLine.Key)} units of SKU {shortLine.Key} on the shelf and this parcel needs {shortLine.Sum(l => l.Quantity)}: "
            + "receive the delivery first, or pack from another location.");
    }

    private async Task<OrderActionResult> RecordShipmentAsync(long shipmentId, Order order, OrderPayment payment, ProviderOutcome? captured, Carrier carrier,
        string trackingNumber, string actor, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var tracked = await db.Set<Order>().Include(o => o.Lines).FirstAsync(o => o.Id == order.Id, cancellationToken);
            var parcel = await db.Set<Shipment>().Include(s => s.Lines).FirstAsync(s => s.Id == shipmentId, cancellationToken);
            var now = clock.GetUtcNow();
            if (parcel.Status != ShipmentStatus.Packed)
            {
                return new OrderActionResult(OrderActionError.WrongStatus, "This parcel has already shipped.");
            }

            long? paid = null;
            if (captured is not null)
            {
                var record = await db.Set<OrderPayment>().FirstAsync(p => p.Id == payment.Id, cancellationToken);
                record.Record(PaymentState.Captured, captured.Reference, null, null, captured.CapturedMinor, captured.RefundedMinor, now);
                tracked.MoveTo(OrderStatus.Paid, $"provider:{provider.Name}", now, "captured as the first parcel shipped");
                paid = captured.CapturedMinor;
            }

            foreach (var line in parcel.Lines)
            {
                if (!await reservations.ShipWithinAsync(tracked.StockReference, line.SkuId, parcel.LocationCode, line.Quantity, cancellationToken))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return new OrderActionResult(OrderActionError.NotEnoughStock,
                        $"{parcel.LocationCode} has not got the units of SKU {line.SkuId} this parcel holds; count the stock there or pack from another location.");
                }

                tracked.RecordShipped(line.OrderLineId, line.Quantity, now);
            }

            parcel.MarkShipped(carrier.Code, trackingNumber, actor, now);
            var next = tracked.IsFullyShipped ? OrderStatus.Shipped : OrderStatus.PartiallyShipped;
            if (tracked.Status != next)
            {
                tracked.MoveTo(next, actor, now, $"{carrier.Name} {trackingNumber}");
            }

            await db.SaveChangesAsync(cancellationToken);
            await outbox.QueueAsync(mail.Shipped(tracked, parcel), cancellationToken);
            var snapshot = snapshots.Of(tracked);
            if (paid is { } capturedMinor)
            {
                db.Publish(new OrderPaid(snapshot, capturedMinor, now));
            }

            db.Publish(new OrderShipped(snapshot, parcel.Id, carrier.Code, trackingNumber, parcel.TrackingUrl,
                [.. parcel.Lines.Select(l => new UnitsOfLine(l.OrderLineId, tracked.Lines.First(o => o.Id == l.OrderLineId).SkuCode, l.Quantity))], now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return OrderActionResult.Done(parcel.Id);
        });
    }
}
