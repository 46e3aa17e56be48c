using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Aftersales;

/// <summary>
/// What each withdrawal obliges the shop to refund, by when, and whether it has. The amount is what the withdrawn units
/// cost after the order's discount, plus the delivery charge when the whole order was withdrawn (the standard delivery
/// the law gives back); refunds made on the order from the withdrawal on count towards it, the earliest withdrawal first.
/// The deadline is 14 days from receiving the withdrawal (EU), though the shop may wait for the goods or proof of sending.
/// </summary>
internal sealed class WithdrawalRefunds(VetrinaDbContext db, TimeProvider clock)
{
    public enum Standing
    {
        Refunded,
        Due,
        Overdue,
    }

    public sealed record Obligation(Withdrawal Withdrawal, long OwedMinor, long RefundedMinor, DateTimeOffset Due, Standing Standing, string Currency);

    /// <summary>Every withdrawal's refund, the unrefunded first by deadline, then the refunded newest first.</summary>
    public async Task<IReadOnlyList<Obligation>> AllAsync(CancellationToken cancellationToken)
    {
        var withdrawals = await db.Set<Withdrawal>().AsNoTracking().Include(w => w.Lines).OrderBy(w => w.Sequence).ToListAsync(cancellationToken);
        var orderIds = withdrawals.Select(w => w.OrderId).Distinct().ToList();
        var orders = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var refunds = (await db.Set<OrderRefund>().AsNoTracking().Where(r => orderIds.Contains(r.OrderId)).ToListAsync(cancellationToken))
            .GroupBy(r => r.OrderId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.At).ToList());
        var now = clock.GetUtcNow();
        var result = new List<Obligation>();
        foreach (var byOrder in withdrawals.GroupBy(w => w.OrderId))
        {
            var order = orders[byOrder.Key];
            var paid = refunds.GetValueOrDefault(order.Id) ?? [];
            var used = 0L;
            foreach (var withdrawal in byOrder)
            {
                var owed = Owed(order, withdrawal);
                // Refunds from this withdrawal on, less what earlier withdrawals of the order took.
                var available = paid.Where(r => r.At >= withdrawal.ReceivedAt).Sum(r => r.ToCardMinor + r.ToGiftCardMinor) - used;
                var refunded = Math.Clamp(available, 0, owed);
                used += refunded;
                var due = WithdrawalLog.RefundDue(withdrawal);
                var standing = refunded >= owed ? Standing.Refunded : now > due ? Standing.Overdue : Standing.Due;
                result.Add(new Obligation(withdrawal, owed, refunded, due, standing, order.Currency.Code));
            }
        }

        return [.. result.OrderBy(o => o.Standing == Standing.Refunded).ThenBy(o => o.Standing == Standing.Refunded ? -o.Withdrawal.Sequence : o.Due.UtcTicks)];
    }

    private static long Owed(Order order, Withdrawal withdrawal)
    {
        var lines = order.Lines.ToDictionary(l => l.Id);
        var value = withdrawal.Lines.Sum(l => l.Quantity * lines[l.OrderLineId].UnitPriceMinor);
        return ReturnRules.AfterDiscount(order, value) + (withdrawal.WholeOrder ? order.ShippingMinor : 0);
    }
}
