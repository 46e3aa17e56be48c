using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vetrina.Analytics;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>The overview both teams read: every KPI with its definition, against a comparison period, by day and by slice, and the funnel.</summary>
[Authorize(Policy = StaffPolicies.AnalyticsRead)]
internal sealed class OverviewModel(AnalyticsReports reports, DayAggregation aggregation, IMarketDirectory markets, IOptions<AnalyticsOptions> options,
    TimeProvider clock) : AnalyticsPageModel(options, clock, markets)
{
    /// <summary>"previous" (the default, also when absent), "year" or "none". Nullable: a first visit names none and must not be told it is required.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Compare { get; set; }

    public string CompareWith => Compare is "year" or "none" ? Compare : "previous";

    [BindProperty(SupportsGet = true)]
    public Breakdown By { get; set; } = Breakdown.Channel;

    /// <summary>Refunds and cancellations on the day they are made, or against their order's day.</summary>
    [BindProperty(SupportsGet = true)]
    public RefundsView Refunds { get; set; }

    public ReportFilter? Comparison { get; private set; }

    public Totals Current { get; private set; } = new();

    public Totals? Before { get; private set; }

    public IReadOnlyList<DayTotals> Days { get; private set; } = [];

    public IReadOnlyList<DayTotals> DaysBefore { get; private set; } = [];

    public IReadOnlyList<BreakdownRow> Rows { get; private set; } = [];

    public IReadOnlyList<FunnelStep> Funnel { get; private set; } = [];

    public IReadOnlyList<(string Currency, long NetMinor)> MarketRevenue { get; private set; } = [];

    /// <summary>How fresh the figures are: when the period's last day was rebuilt, and the days waiting for it.</summary>
    public Freshness Freshness { get; private set; } = new(null, 0);

    /// <summary>Imported ad cost against what it earned (last click), for CTR, CPA and ROAS.</summary>
    public SpendRow Spend { get; private set; } = new("", null, 0, 0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
    }

    /// <summary>Brings today's figures up to date now: the next run would otherwise come within the aggregation interval.</summary>
    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken cancellationToken)
    {
        await aggregation.RequestTodayAsync(cancellationToken);
        Flash("Bringing today's figures up to date: they show here within a minute (reload the page).");
        // Back to the same filters, which the form carries in its address.
        return LocalRedirect(Request.Path + QueryString.Create(Request.Query.Where(q => q.Key != "handler")));
    }

    public async Task<IActionResult> OnGetCsvAsync(string table, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return table switch
        {
            "days" => Csv("analytics-days", ["day", "sessions", "users", "new_users", "engaged_sessions", "page_views", "orders", "order_totals", "cancelled", "refunds",
                "gross_sales", "discounts", "returns", "net_sales", "shipping", "taxes", "total_sales"],
                Days.Select(d => new object?[] { d.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Totals.Sessions, d.Totals.Users,
                    d.Totals.NewUsers, d.Totals.EngagedSessions, d.Totals.PageViews, d.Totals.Orders, Major(d.Totals.RevenueMinor), Major(d.Totals.CancelledMinor),
                    Major(d.Totals.RefundsMinor), Major(d.Totals.GrossSalesMinor), Major(d.Totals.DiscountsMinor), Major(d.Totals.ReturnsMinor),
                    Major(d.Totals.NetSalesMinor), Major(d.Totals.ShippingMinor), Major(d.Totals.TaxMinor), Major(d.Totals.TotalSalesMinor) })),
            "funnel" => Csv("analytics-funnel", ["step", "sessions", "drop_off"], Funnel.Select(s => new object?[] { s.Name, s.Sessions, s.DropOff })),
            _ => Csv($"analytics-by-{By.ToString().ToLowerInvariant()}", [By.ToString(), "sessions", "users", "engagement_rate", "orders", "net_sales",
                "session_conversion_rate", "average_order_value"],
                Rows.Select(r => new object?[] { r.Key, r.Totals.Sessions, r.Totals.Users, r.Totals.EngagementRate, r.Totals.Orders, Major(r.Totals.NetSalesMinor),
                    r.Totals.SessionConversionRate, r.Totals.AverageOrderValueMinor is { } aov ? Major((long)aov) : null })),
        };
    }

    /// <summary>How many bags (or checkouts) a rate is of, and how many wait for their 7 days to pass.</summary>
    public static string Bags(int counted, int waiting, string one, string many)
    {
        var of = $"Of {counted.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)} {(counted == 1 ? one : many)}";
        return waiting == 0 ? of + "."
            : $"{of}; {waiting.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)} more from the last 7 days {(waiting == 1 ? "is" : "are")} not counted until their 7 days are over.";
    }

    /// <summary>Users as counted, marked "≈" where a sketch estimated them.</summary>
    public static string People(Totals totals) => (totals.UsersEstimated ? "≈ " : "") + totals.Users.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);

    public static string Change(decimal now, decimal? before) =>
        before is not { } b || b == 0 ? "" : ((now - b) / b).ToString("+0.0%;−0.0%;0.0%", System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await ReadFilterAsync(cancellationToken);
        Comparison = CompareWith switch
        {
            "year" => Filter.YearBefore(),
            "none" => null,
            _ => Filter.PreviousPeriod(),
        };
        var period = await reports.PeriodAsync(Filter, Refunds, cancellationToken);
        (Days, Current) = (period.Days, period.Totals);
        if (Comparison is not null)
        {
            var before = await reports.PeriodAsync(Comparison, Refunds, cancellationToken);
            (DaysBefore, Before) = (before.Days, before.Totals);
        }

        Rows = await reports.ByAsync(Filter, By, cancellationToken);
        Funnel = await reports.FunnelAsync(Filter, cancellationToken, Current);
        MarketRevenue = await reports.MarketRevenueAsync(Filter, cancellationToken);
        Spend = (await reports.AdSpendAsync(Filter, lookbackDays: 30, cancellationToken)).Total;
        Freshness = await reports.FreshnessAsync(Filter, Today, cancellationToken);
    }
}
