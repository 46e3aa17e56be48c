using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Messaging.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using Vetrina.Orders.Notifications;

namespace Vetrina.Orders.Aftersales;

/// <summary>
/// The withdrawal function. The period is 14 days from the day the last parcel was delivered (art. 9 of the
/// consumer-rights directive: goods in several parcels count from the last), ending at midnight in the market's time
/// zone; before every parcel has arrived it has not begun, and withdrawing is open. A withdrawal takes the units not
/// yet withdrawn or returned; the shopper sends them back and the warehouse receives them as any return.
/// </summary>
internal sealed class Withdrawals(VetrinaDbContext db, OrderNumbers numbers, IMarketDirectory markets, IMailOutbox outbox, ReturnRequests returns,
    IOptions<SiteOptions> site, TimeProvider clock) : IWithdrawals
{
    public const int PeriodDays = 14;

    private sealed record Found(Order Order, MarketView Market, IReadOnlyList<WithdrawableLine> Lines, DateTimeOffset? Deadline);

    public async Task<WithdrawalReview> ReviewAsync(string? orderNumber, string? email, CancellationToken cancellationToken)
    {
        var (found, refusal) = await FindAsync(orderNumber, email, clock.GetUtcNow(), cancellationToken);
        return found is null
            ? new WithdrawalReview(refusal, null, [], null, null)
            : new WithdrawalReview(refusal, numbers.Format(found.Order.Id), found.Lines, found.Deadline, found.Market.TimeZone);
    }

    public async Task<WithdrawalOutcome> ConfirmAsync(WithdrawalRequest request, CancellationToken cancellationToken)
    {
        if (await ReceiptAsync(request.Key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            return Refused(WithdrawalRefusal.NameRequired);
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            var (found, refusal) = await FindAsync(request.OrderNumber, request.Email, now, cancellationToken);
            if (found is null || refusal is not null)
            {
                return Refused(refusal ?? WithdrawalRefusal.NotFound);
            }

            var left = found.Lines.ToDictionary(l => l.LineId);
            var units = request.Units ?? found.Lines.ToDictionary(l => l.LineId, l => l.Units);
            if (units.Any(u => u.Value < 0 || u.Value > 0 && (!left.TryGetValue(u.Key, out var line) || u.Value > line.Units)))
            {
                return Refused(WithdrawalRefusal.TooMany);
            }

            var chosen = units.Where(u => u.Value > 0).Select(u => left[u.Key] with { Units = u.Value }).ToList();
            if (chosen.Count == 0)
            {
                return Refused(WithdrawalRefusal.NothingChosen);
            }

            var last = await db.Set<Withdrawal>().OrderByDescending(w => w.Sequence).Select(w => new { w.Sequence, w.Hash }).FirstOrDefaultAsync(cancellationToken);
            var number = numbers.Format(found.Order.Id);
            var whole = chosen.Count == found.Lines.Count && chosen.All(c => c.Units == left[c.LineId].Units);
            var entry = new Withdrawal((last?.Sequence ?? 0) + 1, last?.Hash ?? Withdrawal.Genesis, request.Key, found.Order.Id, number, name,
                found.Order.Email, Languages.Normalize(request.Language), whole, now,
                chosen.Select(c => new WithdrawalLine(c.LineId, c.Units, $"{c.Name} · {c.Colour} · {c.Size}")));
            db.Add(entry);
            // The withdrawal opens the return the shopper sends the units back with; its page has the label.
            var opened = await returns.OpenForWithdrawalAsync(found.Order, entry, cancellationToken);
            var link = $"{site.Value.Base}/{entry.Language}/returns/{opened.Number}?key={opened.AccessKey}";
            await outbox.QueueAsync(WithdrawalMail.Acknowledgement(found.Order, entry, found.Market.Zone, opened.Number, link), cancellationToken);
            try
            {
                await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    returns.Announce(found.Order, opened);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                });
                return new WithdrawalOutcome(null, number, entry.ReceivedAt, chosen, found.Market.TimeZone);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another withdrawal took this place in the log, or this very form was confirmed twice at once.
                db.ChangeTracker.Clear();
                if (await ReceiptAsync(request.Key, cancellationToken) is { } concurrent)
                {
                    return concurrent;
                }
            }
        }
    }

    private async Task<(Found? Found, WithdrawalRefusal? Refusal)> FindAsync(string? orderNumber, string? email, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!numbers.TryRead(orderNumber, out var orderId) || string.IsNullOrWhiteSpace(email))
        {
            return (null, WithdrawalRefusal.NotFound);
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null || !string.Equals(order.Email.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return (null, WithdrawalRefusal.NotFound);
        }

        var market = await markets.FindAsync(order.Market, cancellationToken) ?? (await markets.AllAsync(cancellationToken))[0];
        if (!Countries.InEuropeanUnion(order.ShippingAddress.CountryCode))
        {
            return (new Found(order, market, [], null), WithdrawalRefusal.OutsideTheEu);
        }

        var withdrawn = await db.Set<Withdrawal>().AsNoTracking().Where(w => w.OrderId == order.Id).SelectMany(w => w.Lines)
            .GroupBy(l => l.OrderLineId).Select(g => new { Line = g.Key, Units = g.Sum(l => l.Quantity) }).ToDictionaryAsync(g => g.Line, g => g.Units, cancellationToken);
        var lines = order.Status == OrderStatus.Cancelled
            ? []
            : order.Lines.Select(l => new WithdrawableLine(l.Id, l.Name, l.Colour, l.Size, l.Quantity - l.ReturnedQuantity - withdrawn.GetValueOrDefault(l.Id)))
                .Where(l => l.Units > 0).ToList();
        var deadline = await DeadlineAsync(order, market.Zone, cancellationToken);
        var found = new Found(order, market, lines, deadline);
        return deadline is { } end && now > end ? (found, WithdrawalRefusal.PeriodOver)
            : lines.Count == 0 ? (found, WithdrawalRefusal.NothingLeft)
            : (found, null);
    }

    /// <summary>The last moment of the period: the end of the 14th day after the last delivery, in the market's zone; null before every unit has arrived.</summary>
    private async Task<DateTimeOffset?> DeadlineAsync(Order order, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var delivered = await db.Set<Shipment>().AsNoTracking().Where(s => s.OrderId == order.Id).Select(s => s.DeliveredAt).ToListAsync(cancellationToken);
        if (order.Lines.Any(l => l.ShippedQuantity < l.Quantity) || delivered.Count == 0 || delivered.Any(d => d is null))
        {
            return null;
        }

        return ReturnRules.Deadline(delivered.Max()!.Value, PeriodDays, zone);
    }

    private async Task<WithdrawalOutcome?> ReceiptAsync(string key, CancellationToken cancellationToken)
    {
        var entry = await db.Set<Withdrawal>().AsNoTracking().Include(w => w.Lines).FirstOrDefaultAsync(w => w.Key == key, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == entry.OrderId, cancellationToken);
        var market = await markets.FindAsync(order.Market, cancellationToken);
        var lines = order.Lines.ToDictionary(l => l.Id);
        return new WithdrawalOutcome(null, entry.OrderNumber, entry.ReceivedAt,
            [.. entry.Lines.Select(l => new WithdrawableLine(l.OrderLineId, lines[l.OrderLineId].Name, lines[l.OrderLineId].Colour, lines[l.OrderLineId].Size, l.Quantity))],
            market?.TimeZone);
    }

    private static WithdrawalOutcome Refused(WithdrawalRefusal refusal) => new(refusal, null, null, [], null);
}
