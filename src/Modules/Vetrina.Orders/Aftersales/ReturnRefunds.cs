using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Kernel.Time;
using Vetrina.Markets.Contracts;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Notifications;
using Vetrina.Promotions.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Aftersales;

/// <summary>
/// Shopper returns from request to refund, with the refund's deadline per market: Korea's 3 business days from the
/// goods arriving (전자상거래법 제18조 ②), the EU's 14 days from the request (the shop may wait for the goods, so an
/// unreceived return is "awaiting goods", never overdue). The refund is for the units received, after the order's
/// discount and less the shopper's return shipping; it goes through the order's refund path under the return's own key,
/// so it happens once however many people press the button, and never before the units are back.
/// </summary>
internal sealed class ReturnRefunds(VetrinaDbContext db, OrderAdministration administration, OrderNumbers numbers, IMarketDirectory markets,
    IMarketCalendars calendars, IGiftCardLedger giftCards, IMailOutbox outbox, IOptions<ReturnPolicyOptions> options, TimeProvider clock)
{
    public enum Standing
    {
        AwaitingGoods,
        Due,
        Overdue,

        /// <summary>An exchange whose return arrived: its units are to be sent.</summary>
        ExchangeToSend,
        Refunded,
        Exchanged,
    }

    public sealed record Entry(ReturnRequest Request, string OrderNumber, string Email, Currency Currency, long RefundMinor, DateTimeOffset? Due, Standing Standing,
        IReadOnlyList<string> Lines);

    /// <summary>Returns not yet refunded, the earliest deadline first, then the latest refunded.</summary>
    public async Task<IReadOnlyList<Entry>> ListAsync(int refundedShown, CancellationToken cancellationToken)
    {
        var open = await db.Set<ReturnRequest>().AsNoTracking().Include(r => r.Lines)
            .Where(r => r.Stage == ReturnStage.Requested || r.Stage == ReturnStage.Received).ToListAsync(cancellationToken);
        var done = await db.Set<ReturnRequest>().AsNoTracking().Include(r => r.Lines).Where(r => r.Stage == ReturnStage.Refunded || r.Stage == ReturnStage.Exchanged)
            .OrderByDescending(r => r.Id).Take(refundedShown).ToListAsync(cancellationToken);
        var requests = open.Concat(done).ToList();
        var orderIds = requests.Select(r => r.OrderId).Distinct().ToList();
        var orders = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var receiptIds = requests.Where(r => r.OrderReturnId is not null).Select(r => r.OrderReturnId!.Value).ToList();
        var receipts = await db.Set<OrderReturn>().AsNoTracking().Include(r => r.Lines).Where(r => receiptIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var entries = new List<Entry>();
        foreach (var request in requests)
        {
            var order = orders[request.OrderId];
            var zone = (await markets.FindAsync(order.Market, cancellationToken))?.Zone ?? TimeZoneInfo.Utc;
            var due = Deadline(request, order.Market, zone);
            var standing = request.Stage switch
            {
                ReturnStage.Refunded => Standing.Refunded,
                ReturnStage.Exchanged => Standing.Exchanged,
                ReturnStage.Requested when request.CanSendExchange => Standing.ExchangeToSend,
                ReturnStage.Requested => Standing.AwaitingGoods,
                _ when request.Resolution == ReturnResolution.Exchange => Standing.ExchangeToSend,
                _ => now > due ? Standing.Overdue : Standing.Due,
            };
            var lines = order.Lines.ToDictionary(l => l.Id);
            entries.Add(new Entry(request, numbers.Format(order.Id), order.Email, order.Currency,
                RefundOf(order, request, request.OrderReturnId is { } id ? receipts.GetValueOrDefault(id) : null), due, standing,
                [.. request.Lines.Select(l => $"{l.Quantity} × {lines[l.OrderLineId].Name} · {lines[l.OrderLineId].Colour} · {lines[l.OrderLineId].Size} ({l.Reason.Label()})" + (l.ExchangeFor is { } exchange ? $" → {exchange}" : ""))]));
        }

        var settled = (Entry e) => e.Standing is Standing.Refunded or Standing.Exchanged;
        return [.. entries.OrderBy(settled).ThenBy(e => settled(e) ? -e.Request.Id : e.Due?.UtcTicks ?? long.MaxValue)];
    }

    /// <summary>The refund's deadline, or null while it waits on goods that start it (Korea).</summary>
    public DateTimeOffset? Deadline(ReturnRequest request, string market, TimeZoneInfo zone)
    {
        var policy = options.Value.For(market);
        var start = policy.RefundFromReceipt ? request.ReceivedAt : request.RequestedAt;
        if (start is not { } from)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var last = policy.RefundInBusinessDays ? calendars.For(market).AddBusinessDays(day, policy.RefundDays) : day.AddDays(policy.RefundDays);
        return BusinessCalendar.EndOf(last, zone);
    }

    /// <summary>Refunds a received return once: a second press, by anyone, changes nothing.</summary>
    public async Task<OrderActionResult> RefundAsync(string number, string actor, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var request = await db.Set<ReturnRequest>().AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (request is null)
        {
            return new(OrderActionError.NotFound, $"There is no return {number}.");
        }

        if (request.Stage == ReturnStage.Refunded)
        {
            return OrderActionResult.Done();
        }

        if (request.OrderReturnId is not { } receiptId)
        {
            return new(OrderActionError.WrongStatus, $"Return {number} has not arrived yet: receive its units first, then refund what came back.");
        }

        if (request.Resolution == ReturnResolution.Exchange)
        {
            return new(OrderActionError.WrongStatus, $"Return {number} is an exchange: send its units instead of refunding.");
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == request.OrderId, cancellationToken);
        var receipt = await db.Set<OrderReturn>().AsNoTracking().Include(r => r.Lines).FirstAsync(r => r.Id == receiptId, cancellationToken);
        if (request.Resolution == ReturnResolution.StoreCredit)
        {
            return await CreditAsync(order, request.Id, RefundOf(order, request, receipt), actor, cancellationToken);
        }

        // Money staff gave back on the order's page since the request (not for another return) already went towards it:
        // a refund made there first is never paid a second time here.
        var returnKeys = $"{order.Id}:return:";
        var ownKey = $"{returnKeys}{request.Id}";
        var refundedSince = await db.Set<OrderRefund>().AsNoTracking()
            .Where(r => r.OrderId == order.Id && r.At >= request.RequestedAt && (r.Key == ownKey || !r.Key.StartsWith(returnKeys)))
            .SumAsync(r => r.ToCardMinor + r.ToGiftCardMinor, cancellationToken);
        var amount = await db.Set<OrderRefund>().AnyAsync(r => r.Key == ownKey, cancellationToken) ? 0 : Math.Max(0, RefundOf(order, request, receipt) - refundedSince);
        if (amount > 0)
        {
            var result = await administration.RefundAsync(order.Id, new Money(amount, order.Currency).Major, $"Return {number}", $"return:{request.Id}", actor,
                cancellationToken);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        db.ChangeTracker.Clear();
        var tracked = await db.Set<ReturnRequest>().FirstAsync(r => r.Id == request.Id, cancellationToken);
        if (tracked.Stage == ReturnStage.Received)
        {
            tracked.MarkRefunded(clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Marked by the other press at the same moment; the refund itself was made once, under the return's key.
                db.ChangeTracker.Clear();
            }
        }

        return OrderActionResult.Done();
    }

    /// <summary>
    /// Issues the store credit once: the gift card, the return's stage and the order's version change together, so a
    /// second press at the same moment fails on the version and finds the credit issued.
    /// </summary>
    private async Task<OrderActionResult> CreditAsync(Order order, long requestId, long amountMinor, string actor, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                // The order (its version) before the return: a press that sees the order after another press committed
                // also sees the return credited; one that sees it before fails on the version when saving.
                var version = await db.Set<Order>().FirstAsync(o => o.Id == order.Id, cancellationToken);
                var tracked = await db.Set<ReturnRequest>().Include(r => r.Lines).FirstAsync(r => r.Id == requestId, cancellationToken);
                if (tracked.Stage != ReturnStage.Received)
                {
                    return;
                }

                var now = clock.GetUtcNow();
                version.Touch(now);
                var code = giftCards.IssueWithin(new Money(amountMinor, order.Currency), $"store credit for return {tracked.Number}", actor, now);
                tracked.MarkRefunded(now, code[^4..]);
                await outbox.QueueAsync(ReturnMail.StoreCredit(order, tracked, code, amountMinor), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Set<ReturnRequest>().AnyAsync(r => r.Id == requestId && r.Stage == ReturnStage.Refunded, cancellationToken))
            {
                return new(OrderActionError.Conflict, "Someone else changed this order at the same time. Reload the returns and check before trying again.");
            }
        }

        return OrderActionResult.Done();
    }

    /// <summary>What the received units come to: their price after the discount less the shopper's return shipping; for store credit, with the bonus.</summary>
    private long RefundOf(Order order, ReturnRequest request, OrderReturn? receipt) =>
        ReturnRules.Settlement(order, receipt is null ? request.Lines.Select(l => (l.OrderLineId, l.Quantity)) : receipt.Lines.Select(l => (l.OrderLineId, l.Quantity)),
            request.ShippingFeeMinor, request.Resolution, options.Value.StoreCreditBonusPercent);
}
