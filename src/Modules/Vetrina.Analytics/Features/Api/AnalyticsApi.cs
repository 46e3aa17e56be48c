using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Reporting;
using Vetrina.Analytics.Spend;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;

namespace Vetrina.Analytics.Features.Api;

/// <summary>
/// The dashboards' figures for tools (a BI sheet, a budget workbook): the overview's KPIs by day, breakdowns, the funnel,
/// cohorts and attribution, with the same filters and the same definitions (docs/kpis.md) as the pages, and the ad-spend
/// import. Money is in the reporting currency's major units.
/// </summary>
internal static class AnalyticsApi
{
    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/analytics").WithTags("Analytics");
        var read = group.MapGroup("").RequireAuthorization(StaffPolicies.ApiAnalyticsRead);
        read.MapGet("/overview", async (HttpRequest request, string? refunds, AnalyticsReports reports, Context context, CancellationToken cancellationToken) =>
        {
            RefundsView? view = refunds switch { null or "day" => RefundsView.WhenMade, "order" => RefundsView.AgainstOrder, _ => null };
            if (Filter(request, context) is not { } filter || view is null)
            {
                return Invalid(request, context, view is null ? ("refunds", "Count refunds and cancellations on the day they are made (day) or against their order's day (order).") : null);
            }

            var period = await reports.PeriodAsync(filter, view.Value, cancellationToken);
            var freshness = await reports.FreshnessAsync(filter, context.Today, cancellationToken);
            return Results.Ok(new OverviewAnswer(filter.From, filter.To, context.Currency.Code, Kpis(period.Totals, context),
                [.. period.Days.Select(d => new DayAnswer(d.Day, Kpis(d.Totals, context)))], freshness.UpdatedAt, freshness.WaitingDays));
        }).WithName("GetAnalyticsOverview").WithSummary("Every KPI of the overview over a period, in total and by day, with when the figures were last brought up to date.")
            .Produces<OverviewAnswer>().ProducesValidationProblem();
        read.MapGet("/breakdown", async (HttpRequest request, string? by, AnalyticsReports reports, Context context, CancellationToken cancellationToken) =>
        {
            var breakdown = Breakdown.Channel;
            var badBy = by is not null && !(Enum.TryParse(by, ignoreCase: true, out breakdown) && Enum.IsDefined(breakdown));
            if (Filter(request, context) is not { } filter || badBy)
            {
                return Invalid(request, context, badBy ? ("by", $"Break down by one of {string.Join(", ", Enum.GetNames<Breakdown>())}.") : null);
            }

            var rows = await reports.ByAsync(filter, breakdown, cancellationToken);
            return Results.Ok(new BreakdownAnswer(filter.From, filter.To, context.Currency.Code, breakdown.ToString(), [.. rows.Select(r => new RowAnswer(r.Key, Kpis(r.Totals, context)))]));
        }).WithName("GetAnalyticsBreakdown").WithSummary("The KPIs per channel, device, market, language, source / medium, campaign, landing page or country.")
            .Produces<BreakdownAnswer>().ProducesValidationProblem();
        read.MapGet("/funnel", async (HttpRequest request, AnalyticsReports reports, Context context, CancellationToken cancellationToken) =>
            Filter(request, context) is { } filter
                ? Results.Ok(new FunnelAnswer(filter.From, filter.To, await reports.FunnelAsync(filter, cancellationToken)))
                : Invalid(request, context))
            .WithName("GetAnalyticsFunnel").WithSummary("The closed purchase funnel: sessions that reached each step and every one before it, and the drop-off.")
            .Produces<FunnelAnswer>().ProducesValidationProblem();
        read.MapGet("/cohorts", async (HttpRequest request, AnalyticsReports reports, Context context, CancellationToken cancellationToken) =>
        {
            if (Filter(request, context, defaultDays: 365) is not { } filter)
            {
                return Invalid(request, context);
            }

            var report = await reports.CohortsAsync(filter, cancellationToken);
            return Results.Ok(new CohortsAnswer(filter.From, filter.To, context.Currency.Code, report.Customers, report.RepeatPurchaseRate, report.ReturningCustomerRate,
                [.. report.Cohorts.Select(c => new CohortAnswer(c.Month, c.Customers, c.Active, [.. c.ValuePerCustomerMinor.Select(v => Major(v, context))]))]));
        }).WithName("GetAnalyticsCohorts").WithSummary("Monthly acquisition cohorts (retention and lifetime value), the repeat purchase rate and the returning customer rate.")
            .Produces<CohortsAnswer>().ProducesValidationProblem();
        read.MapGet("/attribution", async (HttpRequest request, int? lookback, bool? byCampaign, AnalyticsReports reports, Context context,
            CancellationToken cancellationToken) =>
        {
            var days = lookback ?? 30;
            if (Filter(request, context) is not { } filter || days is < 1 or > 90)
            {
                return Invalid(request, context, days is < 1 or > 90 ? ("lookback", "The lookback is 1 to 90 days.") : null);
            }

            var rows = await reports.AttributionAsync(filter, days, byCampaign ?? false, cancellationToken);
            return Results.Ok(new AttributionAnswer(filter.From, filter.To, context.Currency.Code, days, [.. Attribution.Models.Select(m => m.ToString())],
                [.. rows.Select(r => new AttributedAnswer(r.Key, r.Orders, [.. r.RevenueMinor.Select(v => Major(v, context))]))]));
        }).WithName("GetAnalyticsAttribution").WithSummary("Orders and net sales credited to channels (or campaigns) under each attribution model, over a lookback.")
            .Produces<AttributionAnswer>().ProducesValidationProblem();

        group.MapPost("/ad-spend", async (HttpRequest request, string? network, AdSpendImporter importer, CancellationToken cancellationToken) =>
        {
            if (!Enum.TryParse<AdNetwork>(network, ignoreCase: true, out var source) || !Enum.IsDefined(source))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["network"] = [$"Say whose export this is: {string.Join(" or ", Enum.GetNames<AdNetwork>())}."] });
            }

            if (request.ContentLength > AdSpendImporter.MaxFileBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is over 10 MB: export a shorter period.");
            }

            using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var result = await importer.ImportAsync(await reader.ReadToEndAsync(cancellationToken), request.Headers["X-File-Name"].FirstOrDefault() ?? "api.csv", source,
                request.HttpContext.User.Identity?.Name ?? "api", cancellationToken);
            return result.Succeeded
                ? Results.Ok(result)
                : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file has bad lines; nothing was imported.",
                    extensions: new Dictionary<string, object?> { ["lines"] = result.Errors });
        }).RequireAuthorization(StaffPolicies.ApiMarketingManage).DisableAntiforgery().WithName("ImportAdSpend")
            .WithSummary("Imports a Google Ads or Meta Ads cost export (CSV body): all lines or none; the same file twice changes nothing, an overlapping one replaces its days.")
            .Produces<SpendImportResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static ReportFilter? Filter(HttpRequest request, Context context, int defaultDays = 30)
    {
        var (filter, errors) = Input(request).Read(context.Today, defaultDays);
        return errors.Count == 0 ? filter : null;
    }

    private static IResult Invalid(HttpRequest request, Context context, (string Field, string Message)? more = null)
    {
        var errors = Input(request).Read(context.Today).Errors.ToDictionary(e => e.Key.ToLowerInvariant(), e => new[] { e.Value });
        if (more is { } extra)
        {
            errors[extra.Field] = [extra.Message];
        }

        return Results.ValidationProblem(errors);
    }

    private static FilterInput Input(HttpRequest request)
    {
        string? Get(string key) => request.Query[key].FirstOrDefault();
        return new FilterInput(Get("from"), Get("to"), Get("market"), Get("channel"), Get("device"), Get("language"), Get("campaign"));
    }

    private static decimal Major(long minor, Context context) => new Money(minor, context.Currency).Major;

    private static KpiAnswer Kpis(Totals t, Context context) => new(t.Sessions, t.EngagedSessions, t.EngagementRate, t.Users, t.UsersEstimated, t.NewUsers, t.PageViews, t.PagesPerSession,
        t.AverageSessionSeconds, t.GrossOrders, t.Cancellations, t.Orders, Major(t.RevenueMinor, context), Major(t.CancelledMinor, context), Major(t.RefundsMinor, context),
        Major(t.GrossSalesMinor, context), Major(t.DiscountsMinor, context), Major(t.ReturnsMinor, context), Major(t.NetSalesMinor, context),
        Major(t.ShippingMinor, context), Major(t.TaxMinor, context), Major(t.TotalSalesMinor, context), t.AverageOrderValueMinor is { } aov ? Major((long)aov, context) : null, t.SessionConversionRate, t.UserConversionRate,
        t.CartAbandonmentRate, t.CheckoutAbandonmentRate, t.RefundRate);

    /// <summary>What every answer needs: today in the shop's zone and the reporting currency.</summary>
    internal sealed class Context(IOptions<AnalyticsOptions> options, TimeProvider clock)
    {
        public DateOnly Today => ReportingDays.Today(clock, options.Value.Zone);

        public Currency Currency => Currency.TryFromCode(options.Value.ReportingCurrency, out var currency) ? currency : Currency.Eur;
    }
}

/// <summary>The KPIs of docs/kpis.md for a period or a slice; money in the reporting currency; a rate with no denominator is null.</summary>
/// <param name="UsersEstimated">Whether users are a HyperLogLog estimate (standard error 0.4%), as for a shop with more than 100,000 in the period.</param>
/// <param name="OrderTotals">The totals of the orders placed, VAT and shipping included.</param>
/// <param name="NetSales">Shopify's net sales: gross sales − discounts − returns, without VAT and shipping; order value and ROAS use it.</param>
/// <param name="TotalSales">Net sales + shipping + taxes: order totals − cancelled − refunds.</param>
/// <param name="CartAbandonmentRate">Per bag, over bags whose 7 days are over (see docs/kpis.md); given for the period's total, null for its days.</param>
/// <param name="CheckoutAbandonmentRate">Per begun checkout, as cart abandonment.</param>
internal sealed record KpiAnswer(int Sessions, int EngagedSessions, decimal? EngagementRate, int Users, bool UsersEstimated, int NewUsers, int PageViews, decimal? PagesPerSession,
    decimal? AverageSessionSeconds, int PlacedOrders, int Cancellations, int Orders, decimal OrderTotals, decimal Cancelled, decimal Refunds,
    decimal GrossSales, decimal Discounts, decimal Returns, decimal NetSales, decimal Shipping, decimal Taxes, decimal TotalSales,
    decimal? AverageOrderValue, decimal? SessionConversionRate, decimal? UserConversionRate, decimal? CartAbandonmentRate, decimal? CheckoutAbandonmentRate,
    decimal? RefundRate);

internal sealed record DayAnswer(DateOnly Day, KpiAnswer Kpis);

internal sealed record OverviewAnswer(DateOnly From, DateOnly To, string Currency, KpiAnswer Total, IReadOnlyList<DayAnswer> Days, DateTimeOffset? UpdatedAt,
    int DaysWaitingForUpdate);

internal sealed record RowAnswer(string Key, KpiAnswer Kpis);

internal sealed record BreakdownAnswer(DateOnly From, DateOnly To, string Currency, string By, IReadOnlyList<RowAnswer> Rows);

internal sealed record FunnelAnswer(DateOnly From, DateOnly To, IReadOnlyList<FunnelStep> Steps);

internal sealed record CohortAnswer(DateOnly Month, int Customers, IReadOnlyList<decimal?> Active, IReadOnlyList<decimal> ValuePerCustomer);

internal sealed record CohortsAnswer(DateOnly From, DateOnly To, string Currency, int Customers, decimal? RepeatPurchaseRate, decimal? ReturningCustomerRate,
    IReadOnlyList<CohortAnswer> Cohorts);

internal sealed record AttributedAnswer(string Key, IReadOnlyList<double> Orders, IReadOnlyList<decimal> NetSales);

internal sealed record AttributionAnswer(DateOnly From, DateOnly To, string Currency, int LookbackDays, IReadOnlyList<string> Models, IReadOnlyList<AttributedAnswer> Rows);
