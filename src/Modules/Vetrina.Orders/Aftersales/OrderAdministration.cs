using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using Vetrina.Orders.Notifications;
using Vetrina.Payments.Contracts;
using Vetrina.Promotions.Contracts;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Orders.Aftersales;

/// <summary>
/// What customer service and e-commerce staff do to an order after it is placed: cancel it before anything ships (the
/// authorisation voided or the capture refunded, the stock released), or refund part or all of what was paid. The
/// provider is called first with a key of its own, then the order is moved in one transaction with its email.
/// </summary>
internal sealed class OrderAdministration(VetrinaDbContext db, IPaymentProvider provider, IStockReservations reservations,
    IPromotionPricing promotions, IGiftCardLedger giftCards, OrderMail mail, IMailOutbox outbox, OrderSnapshots snapshots, TimeProvider clock)
{
    public async Task<OrderActionResult> CancelAsync(long orderId, string reason, string actor, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var order = await db.Set<Order>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return new(OrderActionError.NotFound, "No such order.");
        }

        if (order.Status is not (OrderStatus.Placed or OrderStatus.Authorised or OrderStatus.Paid))
        {
            return new(OrderActionError.WrongStatus, $"A {order.Status} order cannot be cancelled; once something has shipped, refund instead.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new(OrderActionError.ReasonRequired, "Say why the order is cancelled: the reason goes into its history.");
        }

        var payment = await LatestPaymentAsync(orderId, cancellationToken);
        var outcome = payment.AmountMinor == 0 ? null : payment.State switch
        {
            PaymentState.Authorised or PaymentState.RequiresAction => await provider.VoidAsync(payment.Reference!, $"{payment.Id:N}:cancel", cancellationToken),
            PaymentState.Captured => await provider.RefundAsync(payment.Reference!, new Money(payment.CapturedMinor, payment.Currency), $"{payment.Id:N}:cancel",
                cancellationToken),
            _ => null,
        };
        if (outcome?.Status is not (null or ProviderStatus.Voided or ProviderStatus.Refunded))
        {
            return new(OrderActionError.PaymentRefused, $"The payment provider refused to give the money back ({outcome!.DeclineCode ?? outcome.Status.ToString()}).");
        }

        return await InTransactionAsync(orderId, async (tracked, record, now) =>
        {
            var counted = tracked.Status is OrderStatus.Authorised or OrderStatus.Paid;
            if (!tracked.MoveTo(OrderStatus.Cancelled, actor, now, reason.Trim()))
            {
                return new OrderActionResult(OrderActionError.WrongStatus, "The order changed meanwhile and can no longer be cancelled.");
            }

            if (outcome is not null)
            {
                record.Record(outcome.Status == ProviderStatus.Voided ? PaymentState.Voided : PaymentState.Refunded, outcome.Reference, null, null,
                    outcome.CapturedMinor, outcome.RefundedMinor, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await reservations.ReleaseWithinAsync(tracked.StockReference, cancellationToken: cancellationToken);
            await promotions.ReleaseWithinAsync(orderId, cancellationToken);
            await giftCards.GiveBackWithinAsync(orderId, now, null, "order cancelled", cancellationToken);
            await db.Set<Shipment>().Where(s => s.OrderId == orderId && s.Status == ShipmentStatus.Packed).ExecuteDeleteAsync(cancellationToken);
            await outbox.QueueAsync(mail.Cancellation(tracked), cancellationToken);
            db.Publish(new OrderCancelled(snapshots.Of(tracked), reason.Trim(), WasPlaced: counted, outcome?.RefundedMinor ?? 0, now));

            return OrderActionResult.Done();
        }, cancellationToken);
    }

    public async Task<OrderActionResult> ResendConfirmationAsync(long orderId, string key, string actor, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return new(OrderActionError.NotFound, "No such order.");
        }

        if (order.Status is OrderStatus.Placed or OrderStatus.Cancelled)
        {
            return new(OrderActionError.WrongStatus, order.Status == OrderStatus.Placed
                ? "This order is not paid yet, so it has no confirmation to send."
                : "This order was cancelled: the shopper got the cancellation email instead.");
        }

        // The outbox takes one email per reference: the same form sent twice mails once.
        var reference = $"order:{orderId}:confirmation:again:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..32]}";
        await outbox.QueueAsync(mail.Confirmation(order) with { Reference = reference }, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Sent twice at once: the other request queued it.
            db.ChangeTracker.Clear();
        }

        return OrderActionResult.Done();
    }

    /// <summary>What a refund can still give back: the card's captured amount not yet refunded, plus what the gift card paid.</summary>
    public async Task<long> RefundableMinorAsync(long orderId, CancellationToken cancellationToken = default)
    {
        var payment = await LatestPaymentAsync(orderId, cancellationToken);
        var onCard = payment.State is PaymentState.Captured or PaymentState.PartiallyRefunded ? payment.CapturedMinor - payment.RefundedMinor : 0;
        return payment.State is PaymentState.Captured or PaymentState.PartiallyRefunded or PaymentState.Refunded
            ? onCard + await giftCards.NetSpentAsync(orderId, cancellationToken)
            : 0;
    }

    /// <summary>
    /// Refunds part or all of a shipped order. The card gets its money back first; what the order paid by gift card
    /// goes back onto the card it came from.
    /// </summary>
    /// <param name="key">One per refund the staff member means to make (the form's one-time token): a resubmitted form refunds once.</param>
    public async Task<OrderActionResult> RefundAsync(long orderId, decimal amount, string reason, string key, string actor,
        CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var order = await db.Set<Order>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return new(OrderActionError.NotFound, "No such order.");
        }

        var refundKey = $"{orderId}:{key}";
        if (await RefundedAlreadyAsync(refundKey, cancellationToken))
        {
            // The same form sent twice.
            return OrderActionResult.Done();
        }

        var payment = await LatestPaymentAsync(orderId, cancellationToken);
        if (payment.State is not (PaymentState.Captured or PaymentState.PartiallyRefunded or PaymentState.Refunded))
        {
            return new(OrderActionError.WrongStatus, "Only captured payments can be refunded; an order not yet shipped is cancelled instead.");
        }

        var onCard = payment.CapturedMinor - payment.RefundedMinor;
        var onGiftCard = await giftCards.NetSpentAsync(orderId, cancellationToken);
        var money = Money.FromMajor(amount, order.Currency);
        if ((onCard + onGiftCard == 0 || money.Minor > onCard + onGiftCard) && await RefundedAlreadyAsync(refundKey, cancellationToken))
        {
            // The same refund sent twice at once: the other request committed between the first look and this one.
            return OrderActionResult.Done();
        }

        if (onCard + onGiftCard == 0)
        {
            return new(OrderActionError.TooMany, "Everything this order was paid with has been refunded already.");
        }

        if (money.Major != amount || money.Minor <= 0 || money.Minor > onCard + onGiftCard)
        {
            return new(OrderActionError.TooMany,
                $"Refund between {new Money(1, order.Currency).Format()} and {new Money(onCard + onGiftCard, order.Currency).Format()}, in whole {order.Currency.Code} minor units.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new(OrderActionError.ReasonRequired, "Say why you refund: the reason goes into the order's history.");
        }

        var toCard = Math.Min(money.Minor, onCard);
        ProviderOutcome? outcome = null;
        if (toCard > 0)
        {
            outcome = await provider.RefundAsync(payment.Reference!, new Money(toCard, order.Currency), $"{payment.Id:N}:refund:{key}", cancellationToken);
            if (outcome.Status is not (ProviderStatus.PartiallyRefunded or ProviderStatus.Refunded))
            {
                return new(OrderActionError.PaymentRefused, $"The payment provider refused the refund ({outcome.DeclineCode ?? outcome.Status.ToString()}).");
            }
        }

        try
        {
            return await RecordRefundAsync(orderId, refundKey, money, toCard, onGiftCard, outcome, reason.Trim(), key, actor, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Sent twice at once: the other request recorded it (the key is unique), or something else failed.
            if (await RefundedAlreadyAsync(refundKey, cancellationToken))
            {
                return OrderActionResult.Done();
            }

            throw;
        }
    }

    private Task<bool> RefundedAlreadyAsync(string refundKey, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return db.Set<OrderRefund>().AnyAsync(r => r.Key == refundKey, cancellationToken);
    }

    private Task<OrderActionResult> RecordRefundAsync(long orderId, string refundKey, Money money, long toCard, long onGiftCard, ProviderOutcome? outcome,
        string reason, string key, string actor, CancellationToken cancellationToken) =>
        InTransactionAsync(orderId, async (tracked, record, now) =>
        {
            if (outcome is not null)
            {
                record.Record(outcome.RefundedMinor >= outcome.CapturedMinor ? PaymentState.Refunded : PaymentState.PartiallyRefunded, outcome.Reference,
                    null, null, outcome.CapturedMinor, outcome.RefundedMinor, now);
            }

            var toGiftCard = money.Minor - toCard;
            if (toGiftCard > 0 && await giftCards.GiveBackWithinAsync(orderId, now, toGiftCard, "order refunded", cancellationToken) != toGiftCard)
            {
                return new OrderActionResult(OrderActionError.Conflict, "The gift card part changed meanwhile. Reload the order and check before trying again.");
            }

            db.Add(new OrderRefund(orderId, refundKey, toCard, toGiftCard, reason, actor, now));
            var full = record.RefundedMinor >= record.CapturedMinor && onGiftCard == toGiftCard;
            tracked.MoveTo(full ? OrderStatus.Refunded : OrderStatus.PartiallyRefunded, actor, now, $"{money.Format()}: {reason}");
            await outbox.QueueAsync(mail.Refunded(tracked, money.Minor, toGiftCard, key), cancellationToken);
            db.Publish(new OrderRefunded(snapshots.Of(tracked), money.Minor, toCard, toGiftCard, reason, now));
            return OrderActionResult.Done();
        }, cancellationToken);

    private Task<OrderPayment> LatestPaymentAsync(long orderId, CancellationToken cancellationToken) =>
        db.Set<OrderPayment>().AsNoTracking().Where(p => p.OrderId == orderId).OrderByDescending(p => p.CreatedAt).FirstAsync(cancellationToken);

    private async Task<OrderActionResult> InTransactionAsync(long orderId, Func<Order, OrderPayment, DateTimeOffset, Task<OrderActionResult>> change,
        CancellationToken cancellationToken)
    {
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var order = await db.Set<Order>().Include(o => o.Lines).FirstAsync(o => o.Id == orderId, cancellationToken);
                var payment = await db.Set<OrderPayment>().Where(p => p.OrderId == orderId).OrderByDescending(p => p.CreatedAt).FirstAsync(cancellationToken);
                var result = await change(order, payment, clock.GetUtcNow());
                if (!result.Succeeded)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return result;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(OrderActionError.Conflict, "Someone else changed this order at the same time. Reload it and check before trying again.");
        }
    }
}
