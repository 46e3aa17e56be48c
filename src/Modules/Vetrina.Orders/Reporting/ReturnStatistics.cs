using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Reporting;

/// <summary>Sums in the database by style, colour and size (three grouped queries), whatever the number of orders.</summary>
internal sealed class ReturnStatistics(VetrinaDbContext db) : IReturnStatistics
{
    private sealed record Key(string StyleCode, string Colour, string Size);

    public async Task<IReadOnlyList<ReturnStatisticsRow>> ByColourAndSizeAsync(DateTimeOffset from, DateTimeOffset to, string? market,
        CancellationToken cancellationToken)
    {
        // In UTC: PostgreSQL stores instants, and a caller's local offset must not reach the driver.
        var (start, end) = (from.ToUniversalTime(), to.ToUniversalTime());
        var orders = db.Set<Order>().AsNoTracking().Where(o => o.PlacedAt >= start && o.PlacedAt < end && o.Status != OrderStatus.Cancelled);
        if (market is not null)
        {
            orders = orders.Where(o => o.Market == market);
        }

        var lines = db.Set<OrderLine>().AsNoTracking().Where(l => orders.Any(o => o.Id == l.OrderId));
        var sold = await lines.GroupBy(l => new { l.StyleCode, l.Colour, l.Size })
            .Select(g => new { g.Key.StyleCode, g.Key.Colour, g.Key.Size, Name = g.Max(l => l.Name), Units = g.Sum(l => l.Quantity) })
            .ToListAsync(cancellationToken);
        var asked = await (from r in db.Set<ReturnRequestLine>().AsNoTracking()
                           join l in lines on r.OrderLineId equals l.Id
                           group r by new { l.StyleCode, l.Colour, l.Size, r.Reason } into g
                           select new { g.Key.StyleCode, g.Key.Colour, g.Key.Size, g.Key.Reason, Units = g.Sum(x => x.Quantity) }).ToListAsync(cancellationToken);
        var answered = db.Set<ReturnRequest>().Where(r => r.OrderReturnId != null).Select(r => r.OrderReturnId!.Value);
        var unasked = await (from u in db.Set<OrderReturnLine>().AsNoTracking()
                             where !answered.Contains(u.OrderReturnId)
                             join l in lines on u.OrderLineId equals l.Id
                             group u by new { l.StyleCode, l.Colour, l.Size } into g
                             select new { g.Key.StyleCode, g.Key.Colour, g.Key.Size, Units = g.Sum(x => x.Quantity) }).ToListAsync(cancellationToken);

        var reasons = asked.GroupBy(a => new Key(a.StyleCode, a.Colour, a.Size)).ToDictionary(g => g.Key, g => g.ToDictionary(a => a.Reason, a => a.Units));
        var staff = unasked.ToDictionary(u => new Key(u.StyleCode, u.Colour, u.Size), u => u.Units);
        return [.. sold.Select(s =>
        {
            var key = new Key(s.StyleCode, s.Colour, s.Size);
            var byReason = reasons.GetValueOrDefault(key) ?? [];
            var noReason = staff.GetValueOrDefault(key);
            return new ReturnStatisticsRow(s.StyleCode, s.Name ?? s.StyleCode, s.Colour, s.Size, s.Units, byReason.Values.Sum() + noReason, byReason, noReason);
        }).OrderBy(r => r.StyleCode, StringComparer.Ordinal).ThenBy(r => r.Colour, StringComparer.Ordinal).ThenBy(r => r.Size, StringComparer.Ordinal)];
    }
}
