using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Contracts;
using Vetrina.Data;
using Vetrina.Orders.Contracts;

namespace Vetrina.Marketing.Influencers;

/// <summary>
/// Finds the orders influencers earned and values them: an order is theirs by their discount code or by their link (the
/// order's visitor arrived with utm_medium=influencer and utm_source=their handle within the programme's cookie window
/// before buying); when the two name different people the programme's rule decides. An order's events credit it by code
/// and value it again as it changes (<see cref="Subscriptions.FollowSales"/>), so returns and refunds reduce commission at
/// once; every few minutes the run decides every recent order again with the links (a click can be collected after the
/// order it led to, and a changed rule or a new influencer's code re-decides). Orders on a paid statement never change.
/// </summary>
internal sealed class InfluencerAttribution(VetrinaDbContext db, ITrafficLog traffic, IOrderDirectory orders, TimeProvider clock)
{
    /// <summary>Orders older than this are settled: a return window is far shorter.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(120);

    private const string Medium = "influencer";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await RulesAsync(cancellationToken) is not { } rules)
        {
            return;
        }

        var since = clock.GetUtcNow() - Lookback;
        var arrivals = rules.Known(await traffic.ArrivalsAsync(Medium, since.AddDays(-rules.Program.CookieDays), cancellationToken));
        // Only orders an influencer could have earned are read: one of their codes, a visit from an influencer link, or
        // already theirs (to value again).
        var codes = rules.ByCode.Keys.ToList();
        var visitors = arrivals.Select(a => a.Key).ToList();
        var theirs = db.Set<InfluencerOrder>().Select(o => o.OrderId);
        var sales = await db.Set<SoldOrder>()
            .Where(s => s.PlacedAt >= since && ((s.DiscountCode != null && codes.Contains(s.DiscountCode)) || theirs.Contains(s.OrderId)
                || (s.VisitorId != null && visitors.Contains(s.VisitorId.Value))))
            .ToListAsync(cancellationToken);
        await AttributeAsync(sales, rules, arrivals, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether an influencer has been credited with the order (saved, or in this unit of work).</summary>
    public async Task<bool> IsCreditedAsync(long orderId, CancellationToken cancellationToken) =>
        db.Set<InfluencerOrder>().Local.Any(o => o.OrderId == orderId)
        || await db.Set<InfluencerOrder>().AnyAsync(o => o.OrderId == orderId, cancellationToken);

    /// <summary>
    /// Credits these orders by their codes and values again those already credited, now, in the caller's unit of work (an
    /// event handler's). Links are left to the run: finding a browser's clicks means searching the collected events,
    /// too much to do for every order as it is placed, and a click may not be collected yet anyway.
    /// </summary>
    public async Task AttributeAsync(IReadOnlyList<SoldOrder> sales, CancellationToken cancellationToken)
    {
        if (await RulesAsync(cancellationToken) is { } rules)
        {
            await AttributeAsync(sales, rules, arrivals: null, cancellationToken);
        }
    }

    /// <param name="arrivals">The browsers' clicks on influencer links; null when not looked up, which keeps the link an order was credited by.</param>
    private async Task AttributeAsync(IReadOnlyList<SoldOrder> sales, Rules rules, ILookup<Guid, Arrival>? arrivals, CancellationToken cancellationToken)
    {
        var ids = sales.Select(s => s.OrderId).ToList();
        var existing = await db.Set<InfluencerOrder>().Where(o => ids.Contains(o.OrderId)).ToListAsync(cancellationToken);
        // An event handler's unit of work may hold orders of the same delivery chunk not yet saved.
        var earnedBy = existing.Concat(db.Set<InfluencerOrder>().Local).DistinctBy(o => o.OrderId).ToDictionary(o => o.OrderId);
        var firsts = await FirstOrdersAsync([.. sales.Select(s => s.Email).Distinct()], cancellationToken);
        var days = rules.Program.CookieDays;

        foreach (var sale in sales)
        {
            earnedBy.TryGetValue(sale.OrderId, out var earned);
            var code = sale.DiscountCode is { } typed ? rules.ByCode.GetValueOrDefault(typed) : null;
            var link = arrivals is null ? (earned is { Via: Touch.Link } ? rules.ById.GetValueOrDefault(earned.InfluencerId) : null)
                : sale.VisitorId is { } visitor
                    ? arrivals[visitor].Where(a => a.At <= sale.PlacedAt && a.At >= sale.PlacedAt.AddDays(-days))
                        .OrderByDescending(a => a.At).Select(a => rules.ByHandle[a.Source]).FirstOrDefault()
                    : null;
            var (earner, via) = (code, link) switch
            {
                (null, null) => (null, Touch.Code),
                ({ } c, null) => (c, Touch.Code),
                (null, { } l) => (l, Touch.Link),
                ({ } c, { } l) when c.Id == l.Id => (c, Touch.Code),
                ({ } c, { } l) => rules.Program.Conflict == ConflictRule.CodeWins ? (c, Touch.Code) : (l, Touch.Link),
            };
            if (earner is null || earned?.StatementId is not null)
            {
                continue;
            }

            var newCustomer = firsts.GetValueOrDefault(sale.Email) == sale.OrderId;
            if (earned is null)
            {
                earned = new InfluencerOrder(sale.OrderId, earner.Id, via, newCustomer, sale.PlacedAt, sale.Currency);
                db.Add(earned);
                earnedBy[sale.OrderId] = earned;
            }
            else
            {
                earned.Reassign(earner.Id, via);
            }

            earned.Value(sale.NetSalesMinor ?? await NetSalesAsync(sale, cancellationToken), earner.RateFor(newCustomer));
        }
    }

    /// <summary>The first order of each address that was not cancelled: an order by a new customer is that one.</summary>
    private async Task<Dictionary<string, long>> FirstOrdersAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        var saved = await db.Set<SoldOrder>().Where(s => emails.Contains(s.Email) && !s.Cancelled)
            .GroupBy(s => s.Email).Select(g => new { Email = g.Key, First = g.Min(s => s.OrderId) }).ToListAsync(cancellationToken);
        return saved.Select(s => (s.Email, s.First))
            .Concat(db.Set<SoldOrder>().Local.Where(s => !s.Cancelled && emails.Contains(s.Email)).Select(s => (s.Email, First: s.OrderId)))
            .GroupBy(s => s.Email).ToDictionary(g => g.Key, g => g.Min(s => s.First));
    }

    /// <summary>For an order kept before its net sales were: the orders module has it as it stands.</summary>
    private async Task<long> NetSalesAsync(SoldOrder sale, CancellationToken cancellationToken)
    {
        var net = await orders.FindAsync(sale.OrderId, cancellationToken) is { } order ? Commission.NetSales(order) ?? 0 : 0;
        sale.Valued(net);
        return net;
    }

    private async Task<Rules?> RulesAsync(CancellationToken cancellationToken)
    {
        var influencers = await db.Set<Influencer>().AsNoTracking().ToListAsync(cancellationToken);
        if (influencers.Count == 0)
        {
            return null;
        }

        var program = await db.Set<InfluencerProgram>().AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new InfluencerProgram();
        return new Rules(program, influencers.Where(i => i.DiscountCode != null).ToDictionary(i => i.DiscountCode!, StringComparer.OrdinalIgnoreCase),
            influencers.ToDictionary(i => i.Handle, StringComparer.OrdinalIgnoreCase), influencers.ToDictionary(i => i.Id));
    }

    private sealed record Rules(InfluencerProgram Program, Dictionary<string, Influencer> ByCode, Dictionary<string, Influencer> ByHandle,
        Dictionary<int, Influencer> ById)
    {
        /// <summary>The arrivals by a handle of the programme, by visitor.</summary>
        public ILookup<Guid, Arrival> Known(IEnumerable<Arrival> arrivals) => arrivals.Where(a => ByHandle.ContainsKey(a.Source)).ToLookup(a => a.VisitorId);
    }
}
