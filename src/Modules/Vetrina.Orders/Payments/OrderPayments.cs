using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Notifications;
using Vetrina.Payments.Contracts;
using Vetrina.Promotions.Contracts;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Orders.Payments;

/// <summary>
/// Charges placed orders through the payment provider and moves each order by what the provider answers: authorised
/// (confirmation email, bag emptied), a challenge to complete, or declined (order cancelled, stock released). Every
/// answer is applied in one transaction, and applying the same answer twice changes nothing.
/// </summary>
internal sealed class OrderPayments(VetrinaDbContext db, IPaymentProvider provider, IStockReservations reservations, IPromotionPricing promotions,
    IGiftCardLedger giftCards,
    Cart.Contracts.IBagCommands bags, OrderMail mail, IMailOutbox outbox, OrderSnapshots snapshots, OrderNumbers numbers, IOptions<SiteOptions> site, TimeProvider clock)
{
    private const int Attempts = 3;
    private const string TimeoutCode = "payment_timeout";

    /// <summary>Charges a just-placed order (as <see cref="Checkout.OrderPlacement"/> returned it); returns the order and payment as they now stand.</summary>
    public async Task<(Order Order, OrderPayment Payment)> AuthoriseAsync(Order order, OrderPayment payment, CardDetails? card, string returnUrl,
        CancellationToken cancellationToken = default)
    {
        if (payment.State != PaymentState.Pending)
        {
            return (order, payment);
        }

        if (payment.AmountMinor == 0)
        {
            // A gift card paid it all: nothing to authorise.
            return await ApplyAsync(order.Id, new ProviderOutcome(ProviderStatus.Authorised, Checkout.OrderPlacement.GiftCardOnly), cancellationToken);
        }

        // A provider's hosted page sends the shopper back from another site: it needs the shop's full address.
        var back = provider.TakesCardDetails || Uri.IsWellFormedUriString(returnUrl, UriKind.Absolute)
            ? returnUrl
            : site.Value.Base + returnUrl;
        var outcome = await provider.AuthoriseAsync(new AuthorisationRequest(payment.Id.ToString("N"), order.AmountDue,
            $"Vetrina {numbers.Format(order.Id)}", card, back, order.Language), cancellationToken);
        return await ApplyAsync(order.Id, outcome, cancellationToken);
    }

    /// <summary>
    /// Asks the provider where an unsettled payment stands (after a challenge, or an order left behind by a crash) and
    /// applies the answer. A payment the provider never saw is asked for by its key and comes back declined.
    /// </summary>
    public async Task<OrderPayment> RefreshAsync(long orderId, CancellationToken cancellationToken = default)
    {
        var (order, payment) = await LoadAsync(orderId, cancellationToken);
        if (payment.State is not (PaymentState.Pending or PaymentState.RequiresAction))
        {
            return payment;
        }

        var outcome = payment.Reference is { } reference
            ? await provider.StatusAsync(reference, cancellationToken)
            : await provider.AuthoriseAsync(new AuthorisationRequest(payment.Id.ToString("N"), order.AmountDue, $"Vetrina {numbers.Format(order.Id)}", null,
                "", order.Language), cancellationToken);
        return (await ApplyAsync(orderId, outcome, cancellationToken)).Payment;
    }

    /// <summary>
    /// Cancels an order whose payment did not complete in time: a challenge left unanswered, a shopper gone. The
    /// provider is asked first, so an order paid at the last second is kept.
    /// </summary>
    public async Task<bool> ExpireAsync(long orderId, CancellationToken cancellationToken = default)
    {
        var payment = await RefreshAsync(orderId, cancellationToken);
        if (payment.State != PaymentState.RequiresAction)
        {
            return payment.State == PaymentState.Declined;
        }

        var voided = await provider.VoidAsync(payment.Reference!, $"{payment.Id:N}:expiry-void", cancellationToken);
        await ApplyAsync(orderId, voided with { Status = ProviderStatus.Declined, DeclineCode = TimeoutCode }, cancellationToken);
        return true;
    }

    private async Task<(Order Order, OrderPayment Payment)> ApplyAsync(long orderId, ProviderOutcome outcome, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (order, payment, voidNeeded) = await ApplyOnceAsync(orderId, outcome, cancellationToken);
                if (voidNeeded)
                {
                    // Authorised after the order was cancelled (the shopper paid as the window closed): give the money back.
                    await provider.VoidAsync(outcome.Reference, $"{payment.Id:N}:late-void", cancellationToken);
                }

                return (order, payment);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone else moved the order (the expiry sweep, a second tab): apply to what it is now.
            }
        }
    }

    private async Task<(Order Order, OrderPayment Payment, bool VoidNeeded)> ApplyOnceAsync(long orderId, ProviderOutcome outcome, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (order, payment) = await LoadAsync(orderId, cancellationToken, tracked: true);
            var now = clock.GetUtcNow();
            var actor = $"provider:{provider.Name}";
            var voidNeeded = false;
            switch (outcome.Status)
            {
                case ProviderStatus.Authorised:
                    payment.Record(PaymentState.Authorised, outcome.Reference, null, null, 0, 0, now);
                    if (order.MoveTo(OrderStatus.Authorised, actor, now))
                    {
                        await outbox.QueueAsync(mail.Confirmation(order), cancellationToken);
                        db.Publish(new OrderPlaced(snapshots.Of(order), now));
                        if (order.CartId is { } cartId)
                        {
                            await bags.DiscardWithinAsync(cartId, cancellationToken);
                        }
                    }
                    else
                    {
                        voidNeeded = order.Status == OrderStatus.Cancelled;
                    }

                    break;
                case ProviderStatus.RequiresAction:
                    payment.Record(PaymentState.RequiresAction, outcome.Reference, outcome.ActionUrl, null, 0, 0, now);
                    break;
                case ProviderStatus.Declined or ProviderStatus.Voided or ProviderStatus.Unknown:
                    payment.Record(PaymentState.Declined, outcome.Reference, null, outcome.DeclineCode ?? "declined", 0, 0, now);
                    if (order.MoveTo(OrderStatus.Cancelled, actor, now, $"payment not completed: {outcome.DeclineCode ?? "declined"}"))
                    {
                        // Saved first: the order row is the lock that makes a second cancellation (expiry racing a decline) fail.
                        await db.SaveChangesAsync(cancellationToken);
                        await reservations.ReleaseWithinAsync(order.StockReference, cancellationToken: cancellationToken);
                        await promotions.ReleaseWithinAsync(order.Id, cancellationToken);
                        await giftCards.GiveBackWithinAsync(order.Id, now, null, "order cancelled", cancellationToken);
                        if (outcome.DeclineCode == TimeoutCode)
                        {
                            // The shopper left during the challenge and may think they bought something: tell them.
                            await outbox.QueueAsync(mail.Cancellation(order), cancellationToken);
                        }

                        db.Publish(new OrderCancelled(snapshots.Of(order), $"payment not completed: {outcome.DeclineCode ?? "declined"}", WasPlaced: false, 0, now));
                    }

                    break;
                default:
                    throw new InvalidOperationException($"A payment being authorised cannot be {outcome.Status}.");
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (order, payment, voidNeeded);
        });
    }

    private async Task<(Order Order, OrderPayment Payment)> LoadAsync(long orderId, CancellationToken cancellationToken, bool tracked = false)
    {
        var orders = tracked ? db.Set<Order>() : db.Set<Order>().AsNoTracking();
        var payments = tracked ? db.Set<OrderPayment>() : db.Set<OrderPayment>().AsNoTracking();
        var order = await orders.Include(o => o.Lines).Include(o => o.Transitions).AsSplitQuery().FirstAsync(o => o.Id == orderId, cancellationToken);
        var payment = await payments.Where(p => p.OrderId == orderId).OrderByDescending(p => p.CreatedAt).FirstAsync(cancellationToken);
        return (order, payment);
    }
}
