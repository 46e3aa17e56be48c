using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Domain;
using Vetrina.Data;
using Vetrina.Orders.Domain;
using Vetrina.Promotions.Domain;

namespace Vetrina.Marketing.Influencers;

/// <summary>
/// Finds the orders influencers earned and values them, every few minutes: an order is theirs by their discount code
/// (a redemption) or by their link (the order's visitor arrived with utm_medium=influencer and utm_source=their handle
/// within the programme's cookie window before buying); when the two name different people the programme's rule
/// decides. Orders not yet on a paid statement are valued again each run, so returns and refunds reduce commission.
/// </summary>
internal sealed class InfluencerAttribution(VetrinaDbContext db, TimeProvider clock)
{
    /// <summary>Orders older than this are settled: a return window is far shorter.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(120);

    private static readonly OrderStatus[] Unpaid = [OrderStatus.Placed];
    private static readonly OrderStatus[] Undone = [OrderStatus.Cancelled, OrderStatus.Refunded];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var influencers = await db.Set<Influencer>().AsNoTracking().ToListAsync(cancellationToken);
        if (influencers.Count == 0)
        {
            return;
        }

        var program = await db.Set<InfluencerProgram>().AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new InfluencerProgram();
        var since = clock.GetUtcNow() - Lookback;
        var windowStart = since - TimeSpan.FromDays(program.CookieDays);
        var codes = influencers.Where(i => i.DiscountCode != null).ToDictionary(i => i.DiscountCode!, StringComparer.OrdinalIgnoreCase);
        // Only orders an influencer could have earned are read: one of their codes, a visit from an influencer link, or
        // already theirs (to value again). The rest of the shop's orders stay in the database.
        var influencerCodes = codes.Keys.ToList();
        var coded = db.Set<DiscountRedemption>().Join(db.Set<DiscountCode>(), r => r.DiscountCodeId, c => c.Id, (r, c) => new { r.OrderId, c.Code })
            .Where(r => influencerCodes.Contains(r.Code)).Select(r => r.OrderId);
        var visits = db.Set<RawEvent>().Where(e => e.Medium == "influencer" && e.Source != null && e.OccurredAt >= windowStart);
        var theirs = db.Set<InfluencerOrder>().Select(o => o.OrderId);
        var orders = await db.Set<Order>().AsNoTracking().Include(o => o.Lines)
            .Where(o => o.PlacedAt >= since && !Unpaid.Contains(o.Status)
                && (coded.Contains(o.Id) || theirs.Contains(o.Id) || (o.VisitorId != null && visits.Any(e => e.VisitorId == o.VisitorId))))
            .ToListAsync(cancellationToken);
        var ids = orders.Select(o => o.Id).ToList();
        var redeemed = (await db.Set<DiscountRedemption>().AsNoTracking().Where(r => ids.Contains(r.OrderId))
                .Join(db.Set<DiscountCode>(), r => r.DiscountCodeId, c => c.Id, (r, c) => new { r.OrderId, c.Code }).ToListAsync(cancellationToken))
            .Where(r => codes.ContainsKey(r.Code)).ToDictionary(r => r.OrderId, r => codes[r.Code]);
        var byHandle = influencers.ToDictionary(i => i.Handle, StringComparer.OrdinalIgnoreCase);
        var visitors = orders.Where(o => o.VisitorId != null).Select(o => o.VisitorId!.Value).Distinct().ToList();
        var clicks = (await db.Set<RawEvent>().AsNoTracking()
                .Where(e => e.Medium == "influencer" && e.Source != null && visitors.Contains(e.VisitorId) && e.OccurredAt >= windowStart)
                .Select(e => new { e.VisitorId, e.Source, e.OccurredAt }).ToListAsync(cancellationToken))
            .Where(c => byHandle.ContainsKey(c.Source!)).ToLookup(c => c.VisitorId);
        var existing = await db.Set<InfluencerOrder>().Where(o => ids.Contains(o.OrderId)).ToDictionaryAsync(o => o.OrderId, cancellationToken);
        var emails = orders.Select(o => o.Email).Distinct().ToList();
        var firsts = await db.Set<Order>().AsNoTracking().Where(o => emails.Contains(o.Email) && !Unpaid.Contains(o.Status) && o.Status != OrderStatus.Cancelled)
            .GroupBy(o => o.Email).Select(g => new { Email = g.Key, First = g.Min(o => o.Id) }).ToDictionaryAsync(g => g.Email, g => g.First, cancellationToken);

        foreach (var order in orders)
        {
            var code = redeemed.GetValueOrDefault(order.Id);
            var link = order.VisitorId is { } visitor
                ? clicks[visitor].Where(c => c.OccurredAt <= order.PlacedAt && c.OccurredAt >= order.PlacedAt.AddDays(-program.CookieDays))
                    .OrderByDescending(c => c.OccurredAt).Select(c => byHandle[c.Source!]).FirstOrDefault()
                : null;
            var (earner, via) = (code, link) switch
            {
                (null, null) => (null, Touch.Code),
                ({ } c, null) => (c, Touch.Code),
                (null, { } l) => (l, Touch.Link),
                ({ } c, { } l) when c.Id == l.Id => (c, Touch.Code),
                ({ } c, { } l) => program.Conflict == ConflictRule.CodeWins ? (c, Touch.Code) : (l, Touch.Link),
            };
            existing.TryGetValue(order.Id, out var earned);
            if (earner is null || earned?.StatementId is not null)
            {
                continue;
            }

            var newCustomer = firsts.GetValueOrDefault(order.Email) == order.Id;
            if (earned is null)
            {
                earned = new InfluencerOrder(order.Id, earner.Id, via, newCustomer, order.PlacedAt, order.Currency.Code);
                db.Add(earned);
            }
            else
            {
                earned.Reassign(earner.Id, via);
            }

            var net = Undone.Contains(order.Status) ? 0
                : Commission.NetSales([.. order.Lines.Select(l => new SoldLine(l.UnitPriceMinor, l.Quantity, l.ReturnedQuantity, l.VatBasisPoints))], order.DiscountMinor);
            earned.Value(net, earner.RateFor(newCustomer));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
