using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Spend;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Analytics.Contracts;

namespace Vetrina.Analytics.Reporting;

/// <summary>The ways the dashboards split traffic.</summary>
internal enum Breakdown
{
    Channel,
    Device,
    Market,
    Language,
    SourceMedium,
    Campaign,
    Landing,
    Country,
}

/// <summary>One row of a breakdown table.</summary>
internal sealed record BreakdownRow(string Key, Totals Totals);

/// <summary>
/// The dashboards' figures. Traffic and sales read the daily rollups (a year is a few thousand small rows, whatever the
/// traffic); the funnel reads sessions; cohorts, lifetime value and attribution read orders and the sessions before them.
/// </summary>
internal sealed class AnalyticsReports(VetrinaDbContext db, SliceReach slices, BagAbandonment bags, IOptions<AnalyticsOptions> options)
{
    private const int Chunk = 500;

    /// <summary>
    /// The period's totals and each day's. Users are distinct people: over the period, a day, or a slice, the rows' visitor
    /// sketches are merged, never their counts added (a visitor of two channels on one day, or of two days, is one user).
    /// </summary>
    public Task<Period> PeriodAsync(ReportFilter filter, CancellationToken cancellationToken) => PeriodAsync(filter, RefundsView.WhenMade, cancellationToken);

    /// <param name="refunds">
    /// Whether refunds and cancellations count on the day they are made (cash), or against the day of their order (the
    /// period's orders with all that came back of them to date), so that order value does not mix periods.
    /// </param>
    public async Task<Period> PeriodAsync(ReportFilter filter, RefundsView refunds, CancellationToken cancellationToken)
    {
        var period = await CashPeriodAsync(filter, cancellationToken);
        if (refunds == RefundsView.AgainstOrder)
        {
            var sales = await SalesByOrderDayAsync(filter, cancellationToken);
            period = new Period(WithSales(period.Totals, Add(sales.Values)),
                [.. period.Days.Select(d => new DayTotals(d.Day, WithSales(d.Totals, sales.GetValueOrDefault(d.Day) ?? new Totals())))]);
        }

        return await bags.DecidedAsync(period, filter, cancellationToken);
    }

    private async Task<Period> CashPeriodAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (SliceReach.Of(filter) is { } slice && await slices.CoversAsync(filter, cancellationToken))
        {
            var summed = (await Sum(Cube(filter).GroupBy(d => d.Day)).ToListAsync(cancellationToken)).ToDictionary(r => r.Key, r => r.Totals);
            var counted = await slices.DailyAsync(slice.Grouping, slice.Value, filter, cancellationToken);
            var each = Enumerable.Range(0, filter.Days).Select(i => filter.From.AddDays(i)).Select(d => new DayTotals(d, (summed.GetValueOrDefault(d) ?? new Totals()) with
            {
                Users = counted.GetValueOrDefault(d).Users, PurchaseUsers = counted.GetValueOrDefault(d).Buyers,
            })).ToList();
            var over = (await slices.OverAsync(slice.Grouping, slice.Value, filter, cancellationToken)).GetValueOrDefault(slice.Value) ?? new Reach();
            return new Period(Counted(over, Add(each.Select(d => d.Totals))), each);
        }

        var (sums, reach) = filter.Campaign is null
            ? (await Sum(Cube(filter).GroupBy(d => d.Day)).ToListAsync(cancellationToken), await ReachAsync(Cube(filter), d => d.Day, cancellationToken))
            : (await Sum(Campaign(filter).GroupBy(d => d.Day)).ToListAsync(cancellationToken), await ReachAsync(Campaign(filter), d => d.Day, cancellationToken));
        var byDay = sums.ToDictionary(r => r.Key, r => reach.TryGetValue(r.Key, out var people) ? Counted(people, r.Totals) : r.Totals);
        var days = Enumerable.Range(0, filter.Days).Select(i => filter.From.AddDays(i)).Select(d => new DayTotals(d, byDay.GetValueOrDefault(d) ?? new Totals())).ToList();
        var everyone = new Reach();
        foreach (var people in reach.Values)
        {
            everyone.Add(people);
        }

        return new Period(Counted(everyone, Add(days.Select(d => d.Totals))), days);
    }

    /// <summary>
    /// The orders placed on each day of the period and what came back of them to date, in the rollups' terms: a
    /// cancellation takes its order's figures off, a refund its amount (returns without VAT, taxes with theirs).
    /// </summary>
    private async Task<Dictionary<DateOnly, Totals>> SalesByOrderDayAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var orders = Orders(filter);
        var placed = await orders.GroupBy(c => c.Day).Select(g => new
        {
            Day = g.Key, Count = g.Count(), Revenue = g.Sum(c => c.RevenueMinor), Net = g.Sum(c => c.NetSalesMinor), Discounts = g.Sum(c => c.DiscountsMinor),
            Tax = g.Sum(c => c.TaxMinor),
        }).ToListAsync(cancellationToken);
        var back = await db.Set<RefundRecord>().AsNoTracking().Join(orders, r => r.TransactionId, c => c.TransactionId, (r, c) => new { c.Day, r.Cancelled, r.RevenueMinor, r.NetSalesMinor, Order = c })
            .GroupBy(x => new { x.Day, x.Cancelled }).Select(g => new
            {
                g.Key.Day, g.Key.Cancelled, Count = g.Count(), Refund = g.Sum(x => x.RevenueMinor), Returned = g.Sum(x => x.NetSalesMinor),
                Revenue = g.Sum(x => x.Order.RevenueMinor), Net = g.Sum(x => x.Order.NetSalesMinor), Discounts = g.Sum(x => x.Order.DiscountsMinor),
                Tax = g.Sum(x => x.Order.TaxMinor),
            }).ToListAsync(cancellationToken);
        return placed.ToDictionary(p => p.Day, p =>
        {
            var cancelled = back.FirstOrDefault(b => b.Day == p.Day && b.Cancelled);
            var refunded = back.FirstOrDefault(b => b.Day == p.Day && !b.Cancelled);
            return new Totals
            {
                GrossOrders = p.Count, Cancellations = cancelled?.Count ?? 0, RevenueMinor = p.Revenue, CancelledMinor = cancelled?.Refund ?? 0,
                RefundsMinor = refunded?.Refund ?? 0,
                GrossSalesMinor = p.Net + p.Discounts - ((cancelled?.Net ?? 0) + (cancelled?.Discounts ?? 0)),
                DiscountsMinor = p.Discounts - (cancelled?.Discounts ?? 0),
                ReturnsMinor = refunded?.Returned ?? 0,
                ShippingMinor = p.Revenue - p.Tax - p.Net - ((cancelled?.Revenue ?? 0) - (cancelled?.Tax ?? 0) - (cancelled?.Net ?? 0)),
                TaxMinor = p.Tax - (cancelled?.Tax ?? 0) - ((refunded?.Refund ?? 0) - (refunded?.Returned ?? 0)),
            };
        });
    }

    /// <summary>The traffic of one set of totals with the sales of another.</summary>
    private static Totals WithSales(Totals traffic, Totals sales) => traffic with
    {
        GrossOrders = sales.GrossOrders, Cancellations = sales.Cancellations, RevenueMinor = sales.RevenueMinor, CancelledMinor = sales.CancelledMinor,
        RefundsMinor = sales.RefundsMinor, GrossSalesMinor = sales.GrossSalesMinor, DiscountsMinor = sales.DiscountsMinor, ReturnsMinor = sales.ReturnsMinor,
        ShippingMinor = sales.ShippingMinor, TaxMinor = sales.TaxMinor,
    };

    /// <summary>The totals with the users and buyers of the merged sketches.</summary>
    private static Totals Counted(Reach reach, Totals totals) => totals with
    {
        Users = (int)reach.Users.Count, PurchaseUsers = (int)reach.Buyers.Count, UsersEstimated = reach.Users.Estimated || reach.Buyers.Estimated,
    };

    /// <summary>Adds up every measure but users, which only sketches can combine (<see cref="Reach"/>).</summary>
    private static Totals Add(IEnumerable<Totals> all) => all.Aggregate(new Totals(), (a, b) => a with
    {
        Sessions = a.Sessions + b.Sessions, EngagedSessions = a.EngagedSessions + b.EngagedSessions,
        NewUsers = a.NewUsers + b.NewUsers, PageViews = a.PageViews + b.PageViews,
        DurationSeconds = a.DurationSeconds + b.DurationSeconds, ViewItemSessions = a.ViewItemSessions + b.ViewItemSessions,
        CartSessions = a.CartSessions + b.CartSessions, CheckoutSessions = a.CheckoutSessions + b.CheckoutSessions,
        PaymentSessions = a.PaymentSessions + b.PaymentSessions, PurchaseSessions = a.PurchaseSessions + b.PurchaseSessions,
        FunnelCarted = a.FunnelCarted + b.FunnelCarted, FunnelCheckedOut = a.FunnelCheckedOut + b.FunnelCheckedOut, FunnelPaying = a.FunnelPaying + b.FunnelPaying,
        FunnelBought = a.FunnelBought + b.FunnelBought,
        Bags = a.Bags + b.Bags, BagsOrdered = a.BagsOrdered + b.BagsOrdered, BagsWaiting = a.BagsWaiting + b.BagsWaiting, Checkouts = a.Checkouts + b.Checkouts,
        CheckoutsOrdered = a.CheckoutsOrdered + b.CheckoutsOrdered, CheckoutsWaiting = a.CheckoutsWaiting + b.CheckoutsWaiting,
        GrossOrders = a.GrossOrders + b.GrossOrders, Cancellations = a.Cancellations + b.Cancellations, RevenueMinor = a.RevenueMinor + b.RevenueMinor,
        RefundsMinor = a.RefundsMinor + b.RefundsMinor, CancelledMinor = a.CancelledMinor + b.CancelledMinor,
        GrossSalesMinor = a.GrossSalesMinor + b.GrossSalesMinor, DiscountsMinor = a.DiscountsMinor + b.DiscountsMinor, ReturnsMinor = a.ReturnsMinor + b.ReturnsMinor,
        ShippingMinor = a.ShippingMinor + b.ShippingMinor, TaxMinor = a.TaxMinor + b.TaxMinor,
    });

    /// <summary>
    /// When the figures of the period's last day (today at the latest) were last rebuilt, and how many of its days wait
    /// for a rebuild (late events, or an update asked for).
    /// </summary>
    public async Task<Freshness> FreshnessAsync(ReportFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var last = filter.To < today ? filter.To : today;
        var days = await db.Set<PendingDay>().AsNoTracking().Where(d => d.Day >= filter.From && d.Day <= last)
            .Select(d => new { d.Day, d.AggregatedAt, Waiting = d.Version > d.AggregatedVersion }).ToListAsync(cancellationToken);
        return new Freshness(days.FirstOrDefault(d => d.Day == last)?.AggregatedAt, days.Count(d => d.Waiting));
    }

    public async Task<IReadOnlyList<BreakdownRow>> ByAsync(ReportFilter filter, Breakdown by, CancellationToken cancellationToken)
    {
        var sliced = SliceReach.Of(filter, by) is { } slice && await slices.CoversAsync(filter, cancellationToken)
            ? await slices.OverAsync(slice.Grouping, slice.Value, filter, cancellationToken)
            : null;
        var rows = by switch
        {
            Breakdown.Channel => await RowsAsync(Cube(filter), d => d.Channel, c => c.ToString(), sliced, cancellationToken),
            Breakdown.Device => await RowsAsync(Cube(filter), d => d.Device, d => d.ToString(), sliced, cancellationToken),
            Breakdown.Market => await RowsAsync(Cube(filter), d => d.Market, m => m, sliced, cancellationToken),
            Breakdown.Language => await RowsAsync(Cube(filter), d => d.Language, l => l, sliced, cancellationToken),
            _ => await RowsAsync(Breakdowns(filter, Dimension(by)), d => d.Value, v => v, null, cancellationToken),
        };
        return [.. rows.Select(r => new BreakdownRow(r.Key, r.Totals)).OrderByDescending(r => r.Totals.Sessions).ThenByDescending(r => r.Totals.NetSalesMinor)];
    }

    /// <summary>A market's total sales in its own currencies (KRW stays KRW): order totals less refunds, by currency.</summary>
    public async Task<IReadOnlyList<(string Currency, long NetMinor)>> MarketRevenueAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Market is not { } market)
        {
            return [];
        }

        var sold = await db.Set<Conversion>().AsNoTracking().Where(c => c.Market == market && c.Day >= filter.From && c.Day <= filter.To)
            .GroupBy(c => c.Currency).Select(g => new { Currency = g.Key, Minor = g.Sum(c => c.ValueMinor) }).ToListAsync(cancellationToken);
        var back = await db.Set<RefundRecord>().AsNoTracking().Where(r => r.Market == market && r.Day >= filter.From && r.Day <= filter.To)
            .GroupBy(r => r.Currency).Select(g => new { Currency = g.Key, Minor = g.Sum(r => r.ValueMinor) }).ToListAsync(cancellationToken);
        return [.. sold.Select(s => s.Currency).Union(back.Select(b => b.Currency)).Order()
            .Select(c => (c, sold.Where(s => s.Currency == c).Sum(s => s.Minor) - back.Where(b => b.Currency == c).Sum(b => b.Minor)))];
    }

    /// <summary>
    /// The closed purchase funnel of the period (<see cref="Funnel"/>). Read from the daily rollups when they hold the
    /// filters asked for; a campaign combined with a channel, device or language is counted from the sessions themselves.
    /// </summary>
    /// <param name="period">The period's totals where the caller has them already (they hold the funnel's steps).</param>
    public async Task<IReadOnlyList<FunnelStep>> FunnelAsync(ReportFilter filter, CancellationToken cancellationToken, Totals? period = null)
    {
        if (filter.Campaign is not null && (filter.Channel ?? filter.Device ?? (object?)filter.Language) is not null)
        {
            return await SessionFunnelAsync(filter, cancellationToken);
        }

        var t = period ?? (filter.Campaign is null
            ? await Sum(Cube(filter).GroupBy(d => 1)).Select(r => r.Totals).FirstOrDefaultAsync(cancellationToken)
            : await Sum(Campaign(filter).GroupBy(d => 1)).Select(r => r.Totals).FirstOrDefaultAsync(cancellationToken)) ?? new Totals();
        return Steps([t.Sessions, t.ViewItemSessions, t.FunnelCarted, t.FunnelCheckedOut, t.FunnelPaying, t.FunnelBought]);
    }

    /// <summary>The same funnel counted from raw sessions, under any mix of filters.</summary>
    public async Task<IReadOnlyList<FunnelStep>> SessionFunnelAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var counts = await Sessions(filter).GroupBy(s => 1).Select(g => new
        {
            All = g.Count(),
            Viewed = g.Count(s => (s.Steps & Funnel.Viewed) == Funnel.Viewed),
            Carted = g.Count(s => (s.Steps & Funnel.Carted) == Funnel.Carted),
            CheckedOut = g.Count(s => (s.Steps & Funnel.CheckedOut) == Funnel.CheckedOut),
            Paying = g.Count(s => (s.Steps & Funnel.Paying) == Funnel.Paying),
            Bought = g.Count(s => (s.Steps & Funnel.Bought) == Funnel.Bought),
        }).FirstOrDefaultAsync(cancellationToken);
        return Steps(counts is null ? new int[6] : [counts.All, counts.Viewed, counts.Carted, counts.CheckedOut, counts.Paying, counts.Bought]);
    }

    private static FunnelStep[] Steps(int[] reached) =>
        [.. Funnel.StepNames.Select((name, i) => new FunnelStep(name, reached[i], i == 0 || reached[i - 1] == 0 ? null : Math.Round(1 - ((decimal)reached[i] / reached[i - 1]), 4)))];

    /// <summary>Products (or products by size) by net revenue: views, bag adds, units sold and returned.</summary>
    public async Task<IReadOnlyList<ProductRow>> ProductsAsync(ReportFilter filter, bool bySize, int top, CancellationToken cancellationToken)
    {
        var rows = db.Set<DailyProduct>().AsNoTracking().Where(p => p.Day >= filter.From && p.Day <= filter.To);
        if (filter.Market is { } market)
        {
            rows = rows.Where(p => p.Market == market);
        }

        var grouped = bySize
            ? rows.GroupBy(p => new { p.ItemId, p.Size }).Select(g => new
            {
                g.Key.ItemId, g.Key.Size, Name = g.Max(p => p.Name), Views = g.Sum(p => p.Views), Added = g.Sum(p => p.AddedUnits), Sold = g.Sum(p => p.SoldUnits),
                Returned = g.Sum(p => p.ReturnedUnits), Revenue = g.Sum(p => p.RevenueMinor),
            })
            : rows.GroupBy(p => p.ItemId).Select(g => new
            {
                ItemId = g.Key, Size = "", Name = g.Max(p => p.Name), Views = g.Sum(p => p.Views), Added = g.Sum(p => p.AddedUnits), Sold = g.Sum(p => p.SoldUnits),
                Returned = g.Sum(p => p.ReturnedUnits), Revenue = g.Sum(p => p.RevenueMinor),
            });
        return [.. (await grouped.OrderByDescending(p => p.Revenue).ThenByDescending(p => p.Views).ThenBy(p => p.ItemId).ThenBy(p => p.Size).Take(top)
            .ToListAsync(cancellationToken)).Select(p => new ProductRow(p.ItemId, p.Size, p.Name, p.Views, p.Added, p.Sold, p.Returned, p.Revenue))];
    }

    /// <summary>
    /// Monthly acquisition cohorts of customers (by the month of their first confirmed order): the share ordering again in
    /// each later month, and their net sales per customer to date (historical lifetime value).
    /// </summary>
    public async Task<CohortReport> CohortsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var orders = await CustomerOrdersAsync(filter.To, filter.Market, cancellationToken);
        // A customer joins the cohort of their first order that stood: one whose orders were all cancelled never became a customer.
        var first = orders.Where(o => o.Orders > 0).GroupBy(o => o.UserId).ToDictionary(g => g.Key, g => Month(g.Min(o => o.Day)));
        var from = Month(filter.From);
        var to = Month(filter.To);
        var cohorts = new List<Cohort>();
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            var members = first.Where(f => f.Value == month).Select(f => f.Key).ToHashSet();
            var spans = (to.Year - month.Year) * 12 + to.Month - month.Month + 1;
            var active = new decimal?[spans];
            var value = new long[spans];
            for (var k = 0; k < spans; k++)
            {
                var m = month.AddMonths(k);
                var inMonth = orders.Where(o => members.Contains(o.UserId) && Month(o.Day) == m).ToList();
                active[k] = members.Count == 0 ? null : Math.Round((decimal)inMonth.Where(o => o.Orders > 0).Select(o => o.UserId).Distinct().Count() / members.Count, 4);
                value[k] = (k == 0 ? 0 : value[k - 1]) + inMonth.Sum(o => o.NetMinor);
            }

            cohorts.Add(new Cohort(month, members.Count, active,
                [.. value.Select(v => members.Count == 0 ? 0 : (long)Math.Round((decimal)v / members.Count, MidpointRounding.AwayFromZero))]));
        }

        var inPeriod = orders.Where(o => o.Day >= filter.From && o.Day <= filter.To && o.Orders > 0).GroupBy(o => o.UserId)
            .Select(g => (Customer: g.Key, Orders: g.Sum(o => o.Orders))).ToList();
        var before = orders.Where(o => o.Day < filter.From && o.Orders > 0).Select(o => o.UserId).ToHashSet();
        decimal? Share(int part) => inPeriod.Count == 0 ? null : Math.Round((decimal)part / inPeriod.Count, 4);
        return new CohortReport(cohorts, inPeriod.Count, Share(inPeriod.Count(c => c.Orders >= 2)), Share(inPeriod.Count(c => before.Contains(c.Customer))));
    }

    /// <summary>Net sales and orders credited to channels and campaigns under each model, over the sessions in the lookback window.</summary>
    /// <param name="onlyCampaigns">
    /// When only these campaigns' rows are wanted: only the orders of visitors who came through one of them are read,
    /// which gives those rows exactly (no other order can credit them) at a fraction of the work.
    /// </param>
    public async Task<IReadOnlyList<AttributedRow>> AttributionAsync(ReportFilter filter, int lookbackDays, bool byCampaign, CancellationToken cancellationToken,
        IReadOnlyCollection<string>? onlyCampaigns = null)
    {
        var conversions = db.Set<Conversion>().AsNoTracking().Where(c => c.Day >= filter.From && c.Day <= filter.To);
        if (filter.Market is { } market)
        {
            conversions = conversions.Where(c => c.Market == market);
        }

        if (onlyCampaigns is not null)
        {
            var from = filter.From.AddDays(-lookbackDays);
            var reached = db.Set<Session>().Where(s => s.Day >= from && s.Day <= filter.To && s.Campaign != null && onlyCampaigns.Contains(s.Campaign))
                .Select(s => s.VisitorId);
            conversions = conversions.Where(c => reached.Contains(c.VisitorId));
        }

        var orders = await conversions.Select(c => new { c.TransactionId, c.OccurredAt, c.VisitorId, c.UserId, c.NetSalesMinor, c.Channel, c.Campaign })
            .ToListAsync(cancellationToken);
        var refunds = await RefundsOfAsync([.. orders.Select(o => o.TransactionId)], cancellationToken);
        var visitors = orders.Select(o => o.VisitorId).Distinct().ToList();
        var earliest = filter.From.AddDays(-lookbackDays);
        var sessions = new List<(Guid VisitorId, DateTimeOffset StartedAt, Channel Channel, string? Campaign)>();
        foreach (var chunk in visitors.Chunk(Chunk))
        {
            sessions.AddRange((await db.Set<Session>().AsNoTracking().Where(s => chunk.Contains(s.VisitorId) && s.Day >= earliest && s.Day <= filter.To)
                .Select(s => new { s.VisitorId, s.StartedAt, s.Channel, s.Campaign }).ToListAsync(cancellationToken))
                .Select(s => (s.VisitorId, s.StartedAt, s.Channel, s.Campaign)));
        }

        var byVisitor = sessions.ToLookup(s => s.VisitorId);
        var credit = new Dictionary<string, (double[] Orders, double[] Revenue)>();
        var models = Attribution.Models;
        foreach (var order in orders)
        {
            var (net, cancelled) = refunds.GetValueOrDefault(order.TransactionId);
            if (cancelled)
            {
                continue;
            }

            var revenue = order.NetSalesMinor - net;
            var touches = byVisitor[order.VisitorId].Where(s => s.StartedAt <= order.OccurredAt && s.StartedAt >= order.OccurredAt.AddDays(-lookbackDays))
                .OrderBy(s => s.StartedAt).Select(s => new Touchpoint(s.StartedAt, s.Channel, s.Campaign)).ToList();
            if (touches.Count == 0)
            {
                touches.Add(new Touchpoint(order.OccurredAt, order.Channel, order.Campaign));
            }

            for (var m = 0; m < models.Count; m++)
            {
                var shares = Attribution.Credit(models[m], touches, order.OccurredAt);
                for (var i = 0; i < touches.Count; i++)
                {
                    var key = byCampaign ? touches[i].Campaign ?? "(not set)" : touches[i].Channel.ToString();
                    if (!credit.TryGetValue(key, out var row))
                    {
                        credit[key] = row = (new double[models.Count], new double[models.Count]);
                    }

                    row.Orders[m] += shares[i];
                    row.Revenue[m] += shares[i] * revenue;
                }
            }
        }

        return [.. credit.Select(c => new AttributedRow(c.Key, [.. c.Value.Orders.Select(o => Math.Round(o, 2))], [.. c.Value.Revenue.Select(r => (long)Math.Round(r))]))
            .OrderByDescending(r => r.RevenueMinor[(int)AttributionModel.LastClick]).ThenBy(r => r.Key)];
    }

    /// <summary>
    /// Ad cost per campaign against the orders and net sales the campaign earned under last click: CTR, cost per click,
    /// cost per acquisition, return on ad spend. Costs have no market, so the market filter does not apply here.
    /// </summary>
    public async Task<SpendReport> AdSpendAsync(ReportFilter filter, int lookbackDays, CancellationToken cancellationToken)
    {
        var spend = db.Set<AdSpend>().AsNoTracking().Where(s => s.Day >= filter.From && s.Day <= filter.To);
        if (filter.Campaign is { } campaign)
        {
            spend = spend.Where(s => s.Campaign == campaign);
        }

        var rows = await spend.ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return new SpendReport([], new SpendRow("", null, 0, 0, 0, 0, 0));
        }

        var rates = await CurrencyRates.LoadAsync(db, Currency.FromCode(options.Value.ReportingCurrency), cancellationToken);
        var campaigns = rows.Select(r => r.Campaign).Distinct().ToList();
        var earned = (await AttributionAsync(filter with { Market = null }, lookbackDays, byCampaign: true, cancellationToken, campaigns)).ToDictionary(r => r.Key);
        var last = (int)AttributionModel.LastClick;
        var byCampaign = rows.GroupBy(r => (r.Campaign, r.Network)).Select(g =>
        {
            var credit = earned.GetValueOrDefault(g.Key.Campaign);
            return new SpendRow(g.Key.Campaign, g.Key.Network, g.Sum(r => r.Impressions), g.Sum(r => r.Clicks),
                g.Sum(r => rates.ToReporting(r.CostMinor, r.Currency, r.Day) ?? 0), credit?.Orders[last] ?? 0, credit?.RevenueMinor[last] ?? 0);
        }).OrderByDescending(r => r.CostMinor).ToList();
        // A campaign run on two networks earned its orders once.
        var total = new SpendRow("", null, byCampaign.Sum(r => r.Impressions), byCampaign.Sum(r => r.Clicks), byCampaign.Sum(r => r.CostMinor),
            byCampaign.DistinctBy(r => r.Campaign).Sum(r => r.Orders), byCampaign.DistinctBy(r => r.Campaign).Sum(r => r.RevenueMinor));
        return new SpendReport(byCampaign, total);
    }

    private async Task<List<CustomerOrder>> CustomerOrdersAsync(DateOnly to, string? market, CancellationToken cancellationToken)
    {
        var conversions = db.Set<Conversion>().AsNoTracking().Where(c => c.Day <= to && c.UserId != null);
        if (market is not null)
        {
            conversions = conversions.Where(c => c.Market == market);
        }

        var orders = await conversions.Select(c => new { c.TransactionId, c.UserId, c.Day, c.NetSalesMinor }).ToListAsync(cancellationToken);
        var refunds = await RefundsOfAsync([.. orders.Select(o => o.TransactionId)], cancellationToken);
        return [.. orders.Select(o =>
        {
            var (refunded, cancelled) = refunds.GetValueOrDefault(o.TransactionId);
            return new CustomerOrder(o.UserId!, o.Day, cancelled ? 0 : 1, cancelled ? 0 : o.NetSalesMinor - refunded);
        })];
    }

    /// <summary>What each order has had taken off its net sales to date (refunds without VAT), and whether it was cancelled.</summary>
    private async Task<Dictionary<string, (long Minor, bool Cancelled)>> RefundsOfAsync(IReadOnlyList<string> transactions, CancellationToken cancellationToken)
    {
        var refunds = new Dictionary<string, (long Minor, bool Cancelled)>();
        foreach (var chunk in transactions.Chunk(Chunk))
        {
            foreach (var r in await db.Set<RefundRecord>().AsNoTracking().Where(r => chunk.Contains(r.TransactionId))
                .Select(r => new { r.TransactionId, r.NetSalesMinor, r.Cancelled }).ToListAsync(cancellationToken))
            {
                var (minor, cancelled) = refunds.GetValueOrDefault(r.TransactionId);
                refunds[r.TransactionId] = (minor + r.NetSalesMinor, cancelled || r.Cancelled);
            }
        }

        return refunds;
    }

    private IQueryable<DailyFigures> Cube(ReportFilter filter)
    {
        var rows = db.Set<DailyFigures>().AsNoTracking().Where(d => d.Day >= filter.From && d.Day <= filter.To);
        if (filter.Market is { } market)
        {
            rows = rows.Where(d => d.Market == market);
        }

        if (filter.Language is { } language)
        {
            rows = rows.Where(d => d.Language == language);
        }

        if (filter.Channel is { } channel)
        {
            rows = rows.Where(d => d.Channel == channel);
        }

        if (filter.Device is { } device)
        {
            rows = rows.Where(d => d.Device == device);
        }

        return rows;
    }

    private IQueryable<DailyBreakdown> Campaign(ReportFilter filter) =>
        Breakdowns(filter with { Campaign = null }, Domain.Dimension.Campaign).Where(d => d.Value == filter.Campaign);

    private IQueryable<DailyBreakdown> Breakdowns(ReportFilter filter, Dimension dimension)
    {
        var rows = db.Set<DailyBreakdown>().AsNoTracking().Where(d => d.Dimension == dimension && d.Day >= filter.From && d.Day <= filter.To);
        return filter.Market is { } market ? rows.Where(d => d.Market == market) : rows;
    }

    private IQueryable<Conversion> Orders(ReportFilter filter)
    {
        var rows = db.Set<Conversion>().AsNoTracking().Where(c => c.Day >= filter.From && c.Day <= filter.To);
        rows = filter.Market is { } market ? rows.Where(c => c.Market == market) : rows;
        rows = filter.Language is { } language ? rows.Where(c => c.Language == language) : rows;
        rows = filter.Channel is { } channel ? rows.Where(c => c.Channel == channel) : rows;
        rows = filter.Device is { } device ? rows.Where(c => c.Device == device) : rows;
        return filter.Campaign is { } campaign ? rows.Where(c => c.Campaign == campaign) : rows;
    }

    private IQueryable<Session> Sessions(ReportFilter filter)
    {
        var rows = db.Set<Session>().AsNoTracking().Where(s => s.Day >= filter.From && s.Day <= filter.To);
        rows = filter.Market is { } market ? rows.Where(s => s.Market == market) : rows;
        rows = filter.Language is { } language ? rows.Where(s => s.Language == language) : rows;
        rows = filter.Channel is { } channel ? rows.Where(s => s.Channel == channel) : rows;
        rows = filter.Device is { } device ? rows.Where(s => s.Device == device) : rows;
        return filter.Campaign is { } campaign ? rows.Where(s => s.Campaign == campaign) : rows;
    }

    private static Dimension Dimension(Breakdown by) => by switch
    {
        Breakdown.SourceMedium => Domain.Dimension.SourceMedium,
        Breakdown.Campaign => Domain.Dimension.Campaign,
        Breakdown.Landing => Domain.Dimension.Landing,
        _ => Domain.Dimension.Country,
    };

    private static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Each group's sums, with its users counted from the merged sketches of its rows.</summary>
    /// <param name="sliced">The groups' users where the slices' reach has them; otherwise they are merged from the rows' own sketches.</param>
    private static async Task<List<Keyed<string>>> RowsAsync<T, TKey>(IQueryable<T> rows, Expression<Func<T, TKey>> key, Func<TKey, string> name,
        IReadOnlyDictionary<string, Reach>? sliced, CancellationToken cancellationToken)
        where T : DailyMeasures
        where TKey : notnull
    {
        var sums = await Sum(rows.GroupBy(key)).ToListAsync(cancellationToken);
        if (sliced is not null)
        {
            return [.. sums.Select(s => new Keyed<string>(name(s.Key), Counted(sliced.GetValueOrDefault(name(s.Key)) ?? new Reach(), s.Totals)))];
        }

        var reach = await ReachAsync(rows, key, cancellationToken);
        return [.. sums.Select(s => new Keyed<string>(name(s.Key), reach.TryGetValue(s.Key, out var people) ? Counted(people, s.Totals) : s.Totals))];
    }

    /// <summary>The visitors and buyers of each group, merged from its rows' sketches as they stream in.</summary>
    private static async Task<Dictionary<TKey, Reach>> ReachAsync<T, TKey>(IQueryable<T> rows, Expression<Func<T, TKey>> key, CancellationToken cancellationToken)
        where T : DailyMeasures
        where TKey : notnull
    {
        var row = key.Parameters[0];
        var reached = Expression.Lambda<Func<T, Reached<TKey>>>(Expression.New(typeof(Reached<TKey>).GetConstructors()[0], key.Body,
            Expression.Property(row, nameof(DailyMeasures.Visitors)), Expression.Property(row, nameof(DailyMeasures.Users)),
            Expression.Property(row, nameof(DailyMeasures.Buyers)), Expression.Property(row, nameof(DailyMeasures.PurchaseUsers))), row);
        var groups = new Dictionary<TKey, Reach>();
        await foreach (var r in rows.Select(reached).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!groups.TryGetValue(r.Key, out var people))
            {
                groups[r.Key] = people = new Reach();
            }

            people.Add(r.Visitors, r.Users, r.Buyers, r.PurchaseUsers);
        }

        return groups;
    }

    /// <summary>Sums every measure of each group in the database, one row per group; users are left to <see cref="Reach"/>.</summary>
    private static IQueryable<Keyed<TKey>> Sum<TKey, T>(IQueryable<IGrouping<TKey, T>> groups)
        where T : DailyMeasures => groups.Select(Summing<TKey, T>());

    private static Expression<Func<IGrouping<TKey, T>, Keyed<TKey>>> Summing<TKey, T>()
        where T : DailyMeasures =>
        g => new Keyed<TKey>(g.Key, new Totals
        {
            Sessions = g.Sum(x => x.Sessions), EngagedSessions = g.Sum(x => x.EngagedSessions), NewUsers = g.Sum(x => x.NewUsers),
            PageViews = g.Sum(x => x.PageViews), DurationSeconds = g.Sum(x => x.DurationSeconds),
            ViewItemSessions = g.Sum(x => x.ViewItemSessions), CartSessions = g.Sum(x => x.CartSessions), CheckoutSessions = g.Sum(x => x.CheckoutSessions),
            PaymentSessions = g.Sum(x => x.PaymentSessions), PurchaseSessions = g.Sum(x => x.PurchaseSessions), GrossOrders = g.Sum(x => x.Orders),
            FunnelCarted = g.Sum(x => x.FunnelCarted), FunnelCheckedOut = g.Sum(x => x.FunnelCheckedOut), FunnelPaying = g.Sum(x => x.FunnelPaying),
            FunnelBought = g.Sum(x => x.FunnelBought),
            Bags = g.Sum(x => x.Bags), BagsOrdered = g.Sum(x => x.BagsOrdered), Checkouts = g.Sum(x => x.Checkouts), CheckoutsOrdered = g.Sum(x => x.CheckoutsOrdered),
            Cancellations = g.Sum(x => x.Cancellations), RevenueMinor = g.Sum(x => x.RevenueMinor), RefundsMinor = g.Sum(x => x.RefundsMinor),
            CancelledMinor = g.Sum(x => x.CancelledMinor), GrossSalesMinor = g.Sum(x => x.GrossSalesMinor), DiscountsMinor = g.Sum(x => x.DiscountsMinor),
            ReturnsMinor = g.Sum(x => x.ReturnsMinor), ShippingMinor = g.Sum(x => x.ShippingMinor), TaxMinor = g.Sum(x => x.TaxMinor),
        });

    private sealed record Reached<TKey>(TKey Key, byte[]? Visitors, int Users, byte[]? Buyers, int PurchaseUsers);


    private sealed record Keyed<TKey>(TKey Key, Totals Totals);

    private sealed record CustomerOrder(string UserId, DateOnly Day, int Orders, long NetMinor);
}

/// <summary>When refunds and cancellations count: on the day they are made (cash), or on their order's day.</summary>
internal enum RefundsView
{
    WhenMade,
    AgainstOrder,
}

/// <summary>A period's totals, users distinct over all of it, and each day's totals.</summary>
internal sealed record Period(Totals Totals, IReadOnlyList<DayTotals> Days);

internal sealed record FunnelStep(string Name, int Sessions, decimal? DropOff);

/// <summary>When the last day's figures were rebuilt (null: never yet), and how many days of the period wait for a rebuild.</summary>
internal sealed record Freshness(DateTimeOffset? UpdatedAt, int WaitingDays);

/// <summary>Units and money of a product (or one size of it) over the period; rates are null when their base is zero.</summary>
internal sealed record ProductRow(string ItemId, string Size, string? Name, int Views, int AddedUnits, int SoldUnits, int ReturnedUnits, long RevenueMinor)
{
    public decimal? AddToCartRate => Views > 0 ? Math.Round((decimal)AddedUnits / Views, 4) : null;

    public decimal? ReturnRate => SoldUnits > 0 ? Math.Round((decimal)ReturnedUnits / SoldUnits, 4) : null;
}

/// <param name="Active">Per month since acquisition (0 = the first), the share of the cohort that ordered.</param>
/// <param name="ValuePerCustomerMinor">Per month since acquisition, cumulative net sales per customer.</param>
internal sealed record Cohort(DateOnly Month, int Customers, IReadOnlyList<decimal?> Active, IReadOnlyList<long> ValuePerCustomerMinor);

/// <param name="Customers">Customers with a confirmed order in the period.</param>
/// <param name="ReturningCustomerRate">Of those, the share who had ordered before the period, at any time.</param>
internal sealed record CohortReport(IReadOnlyList<Cohort> Cohorts, int Customers, decimal? RepeatPurchaseRate, decimal? ReturningCustomerRate);

/// <summary>A channel's or campaign's credited orders and net sales, one figure per model in <see cref="Attribution.Models"/> order.</summary>
internal sealed record AttributedRow(string Key, IReadOnlyList<double> Orders, IReadOnlyList<long> RevenueMinor);

/// <summary>A campaign's cost and return (last click), in the reporting currency; null rates where their base is zero.</summary>
internal sealed record SpendRow(string Campaign, AdNetwork? Network, long Impressions, long Clicks, long CostMinor, double Orders, long RevenueMinor)
{
    public decimal? ClickThroughRate => Impressions > 0 ? Math.Round((decimal)Clicks / Impressions, 4) : null;

    public long? CostPerClickMinor => Clicks > 0 ? CostMinor / Clicks : null;

    public long? CostPerAcquisitionMinor => Orders > 0 ? (long)Math.Round(CostMinor / Orders) : null;

    public decimal? ReturnOnAdSpend => CostMinor > 0 ? Math.Round((decimal)RevenueMinor / CostMinor, 2) : null;
}

internal sealed record SpendReport(IReadOnlyList<SpendRow> Campaigns, SpendRow Total);
