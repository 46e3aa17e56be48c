using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Every KPI and each attribution model over a small hand-made week of March 2026 (within the raw-event retention), through the real aggregation and the
/// real queries on each database. The right answers are worked out by hand and written here.
/// </summary>
/// <remarks>
/// Monday 9 March: V1 comes from a Google ad (campaign "spring"), views coat A, adds size M, checks out and pays €200
/// (order T100, customer u1). V2 comes direct, reads two pages, views A and adds size L, and leaves. V3 opens the
/// newsletter without consent (cookieless) and leaves at once. Monday 16 March: V1 comes back from an email and buys
/// again, €100 (T101); T100 gets €50 back. V4, in Korea, finds the shop on Google, views knit B, adds size S and pays
/// ₩145,000 (T102, customer u2), €100 at 1,450 won a euro.
/// </remarks>
public abstract class AnalyticsReportsContract(AppFixture fixture)
{
    private static readonly DateOnly Monday = new(2026, 3, 9);
    private static readonly DateOnly NextMonday = new(2026, 3, 16);
    private static readonly ReportFilter Week = new(Monday, NextMonday);
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task TheOverview_AddsUpToTheHandWorkedKpis()
    {
        var reports = await ReportsAsync();

        var total = (await reports.PeriodAsync(Week, default)).Totals;

        // Four people (V1 came on both Mondays: one user of the week), two of whom bought (V1 twice, V4).
        Assert.Equal((5, 4, 4, 2), (total.Sessions, total.EngagedSessions, total.Users, total.PurchaseUsers));
        Assert.Equal((3, 40_000L, 5_000L, 35_000L), (total.Orders, total.RevenueMinor, total.RefundsMinor, total.TotalSalesMinor));
        // The events carry no VAT or shipping (a stream sending bare purchases): net sales are the totals less the refund,
        // and order value is (gross sales − discounts) ÷ orders = 400.00 ÷ 3.
        Assert.Equal((40_000L, 5_000L, 35_000L), (total.GrossSalesMinor, total.ReturnsMinor, total.NetSalesMinor));
        Assert.Equal(13_333m, total.AverageOrderValueMinor);
        Assert.Equal((0.8m, 0.6m, 0.5m), (total.EngagementRate, total.SessionConversionRate, total.UserConversionRate));
        // Three bags filled (c1, c2, c4), two of them bought; the one that checked out (c1) bought.
        Assert.Equal((0.3333m, 0m), (total.CartAbandonmentRate, total.CheckoutAbandonmentRate));
        Assert.Equal(0.125m, total.RefundRate);
        // Six page views; visits of 4, 3, 0, 0 and 2 minutes from first to last browser event (the server's purchase joins
        // its visit without lengthening it): 540 s over 5.
        Assert.Equal((1.2m, 108m), (total.PagesPerSession, total.AverageSessionSeconds));
    }

    [Fact]
    public async Task TheBreakdownsAndFilters_SplitTheSameWeek()
    {
        var reports = await ReportsAsync();

        var channels = (await reports.ByAsync(Week, Breakdown.Channel, default)).ToDictionary(r => r.Key, r => r.Totals);
        Assert.Equal((1, 1, 20_000L, 5_000L), (channels["PaidSearch"].Sessions, channels["PaidSearch"].Orders, channels["PaidSearch"].RevenueMinor, channels["PaidSearch"].RefundsMinor));
        Assert.Equal((2, 1, 10_000L), (channels["Email"].Sessions, channels["Email"].Orders, channels["Email"].RevenueMinor));
        Assert.Equal((1, 0), (channels["Direct"].Sessions, channels["Direct"].Orders));
        Assert.Equal((1, 1, 10_000L), (channels["OrganicSearch"].Sessions, channels["OrganicSearch"].Orders, channels["OrganicSearch"].RevenueMinor));

        var korea = (await reports.PeriodAsync(Week with { Market = "KR" }, default)).Totals;
        Assert.Equal((1, 1, 10_000L), (korea.Sessions, korea.Orders, korea.RevenueMinor));
        var spring = (await reports.PeriodAsync(Week with { Campaign = "spring" }, default)).Totals;
        Assert.Equal((1, 1, 20_000L), (spring.Sessions, spring.Orders, spring.RevenueMinor));
        var landings = (await reports.ByAsync(Week, Breakdown.Landing, default)).Select(r => r.Key).Order();
        Assert.Equal(["/it/a", "/it/news", "/it/spring", "/ko"], landings);
    }

    [Fact]
    public async Task TheFunnel_CountsSessionsThatReachedEachStepAndEveryOneBefore()
    {
        var reports = await ReportsAsync();

        var funnel = await reports.FunnelAsync(Week, default);

        Assert.Equal([5, 3, 3, 1, 1, 1], funnel.Select(s => s.Sessions));
        Assert.Equal([null, 0.4m, 0m, 0.6667m, 0m, 0m], funnel.Select(s => s.DropOff));
        // Counted from the raw sessions, the same; and under filters the rollups do not combine.
        Assert.Equal(funnel, await reports.SessionFunnelAsync(Week, default));
        Assert.Equal([1, 1, 1, 1, 1, 1], (await reports.FunnelAsync(Week with { Campaign = "spring", Device = DeviceCategory.Desktop }, default)).Select(s => s.Sessions));
    }

    [Fact]
    public async Task Products_ShowViewsBagAddsSalesAndReturnsByProductAndBySize()
    {
        var reports = await ReportsAsync();

        var products = await reports.ProductsAsync(Week, bySize: false, top: 10, default);
        // The scarf of the second order was never seen in a list or page: no add-to-cart rate, not a made-up zero.
        Assert.Equal([("A", 2, 2, 1, 20_000L, (decimal?)1m), ("B", 1, 1, 1, 10_000L, 1m), ("C", 0, 0, 1, 10_000L, null)],
            products.Select(p => (p.ItemId, p.Views, p.AddedUnits, p.SoldUnits, p.RevenueMinor, p.AddToCartRate)));
        var sizes = await reports.ProductsAsync(Week, bySize: true, top: 10, default);
        Assert.Equal((1, 1, 1m), sizes.Where(p => p.ItemId == "A" && p.Size == "M").Select(p => (p.SoldUnits, p.ReturnedUnits, p.ReturnRate!.Value)).Single());
        Assert.Equal(1, sizes.Single(p => p.ItemId == "A" && p.Size == "L").AddedUnits);
    }

    [Fact]
    public async Task Cohorts_RepeatPurchaseAndLifetimeValue_FollowTheCustomers()
    {
        var reports = await ReportsAsync();

        var cohorts = await reports.CohortsAsync(new ReportFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), default);

        var march = Assert.Single(cohorts.Cohorts);
        Assert.Equal((2, 1m), (march.Customers, march.Active[0]!.Value));
        // (€200 − €50 + €100 + €100) over two customers.
        Assert.Equal(17_500L, march.ValuePerCustomerMinor[0]);
        Assert.Equal((2, 0.5m), (cohorts.Customers, cohorts.RepeatPurchaseRate!.Value));
    }

    [Fact]
    public async Task Attribution_SharesEachOrderOverTheVisitsBeforeIt_UnderEveryModel()
    {
        var reports = await ReportsAsync();

        var rows = (await reports.AttributionAsync(Week, lookbackDays: 30, byCampaign: false, default)).ToDictionary(r => r.Key);

        // Models in order: last click, first click, linear, position-based, time decay. T101's two visits are 7 days
        // apart: time decay gives them 1/3 and 2/3.
        Assert.Equal([15_000L, 25_000L, 20_000L, 20_000L, 18_333L], rows["PaidSearch"].RevenueMinor);
        Assert.Equal([10_000L, 0L, 5_000L, 5_000L, 6_667L], rows["Email"].RevenueMinor);
        Assert.Equal([10_000L, 10_000L, 10_000L, 10_000L, 10_000L], rows["OrganicSearch"].RevenueMinor);
        Assert.Equal([1, 2, 1.5, 1.5, 1.33], rows["PaidSearch"].Orders);
        var campaigns = (await reports.AttributionAsync(Week, 30, byCampaign: true, default)).ToDictionary(r => r.Key);
        Assert.Equal(10_000L, campaigns["spring"].RevenueMinor[(int)AttributionModel.FirstClick] - 15_000L);
    }

    [Fact]
    public async Task TheDashboards_ShowTheWeekWithDefinitions_AndExportItsTables_ToMarketingButNotTheWarehouse()
    {
        await SeedOnceAsync();
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        const string week = "from=2026-03-09&to=2026-03-16";

        var overview = await marketing.Client.GetStringAsync($"/admin/analytics?{week}&compare=none");
        Assert.Contains("Engaged sessions ÷ sessions", overview, StringComparison.Ordinal);
        Assert.Contains("350,00", overview, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"chart-sessions\"", overview, StringComparison.Ordinal);
        Assert.Contains("Korea", await marketing.Client.GetStringAsync($"/admin/analytics?{week}&market=KR"), StringComparison.Ordinal);
        Assert.Contains("₩145,000", await marketing.Client.GetStringAsync($"/admin/analytics?{week}&market=KR"), StringComparison.Ordinal);

        var csv = await marketing.Client.GetAsync($"/admin/analytics?{week}&handler=Csv&table=breakdown&by=Channel");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Channel,sessions,users,engagement_rate,orders,net_sales,session_conversion_rate,average_order_value", lines[0]);
        // Net sales 200.00 − 50.00 returned; order value before returns: (200.00 − 0) ÷ 1.
        Assert.Contains("PaidSearch,1,1,1,1,150.00,1,200.00", lines);
        var funnel = await marketing.Client.GetStringAsync($"/admin/analytics?{week}&handler=Csv&table=funnel");
        Assert.Contains("purchase,1,0", funnel, StringComparison.Ordinal);

        Assert.Contains("Mar 2026", await marketing.Client.GetStringAsync($"/admin/analytics/customers?from=2026-03-01&to=2026-03-31"), StringComparison.Ordinal);
        var products = await marketing.Client.GetStringAsync($"/admin/analytics/products?{week}&bySize=true&handler=Csv");
        Assert.Contains("A,M,Coat,0,1,,1,1,1,200.00", products, StringComparison.Ordinal);
        var attribution = await marketing.Client.GetStringAsync($"/admin/analytics/attribution?{week}&lookback=30&handler=Csv");
        Assert.Contains("PaidSearch,1,2,1.5,1.5,1.33,150.00,250.00,200.00,200.00,183.33", attribution, StringComparison.Ordinal);

        var bad = await marketing.Client.GetStringAsync("/admin/analytics?from=yesterday&lookback=5");
        Assert.Contains("&#x27;yesterday&#x27; is not a date", bad, StringComparison.Ordinal);
        Assert.Contains("The lookback is 1 to 90 days", await marketing.Client.GetStringAsync("/admin/analytics/attribution?lookback=365"), StringComparison.Ordinal);

        // The audit lists what it checks; what other tests wrote into this catalogue is theirs to find (SeoAuditTests count it).
        var seo = await marketing.Client.GetStringAsync("/admin/seo?language=ko");
        Assert.Contains("<h1>SEO audit</h1>", seo, StringComparison.Ordinal);
        Assert.Contains("BrokenRedirect", seo, StringComparison.Ordinal);

        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse), "a long test password");
        Assert.StartsWith("/admin/denied", (await warehouse.Client.GetAsync("/admin/seo")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var denied = await warehouse.Client.GetAsync("/admin/analytics");
        Assert.StartsWith("/admin/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheKpiApi_GivesTheHandWorkedWeek_ToMarketingAndEcommerceTokens_ButNotTheWarehouse()
    {
        await SeedOnceAsync();
        using var marketing = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        const string week = "from=2026-03-09&to=2026-03-16";

        var overview = await marketing.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/overview?{week}");
        var total = overview.GetProperty("total");
        // The same week as TheOverview_AddsUpToTheHandWorkedKpis, in euros: €200 + €100 + ₩145,000 (€100) placed, €50 refunded.
        Assert.Equal(("EUR", 8), (overview.GetProperty("currency").GetString(), overview.GetProperty("days").GetArrayLength()));
        Assert.Equal((5, 4, 4, 3, 0), (total.GetProperty("sessions").GetInt32(), total.GetProperty("engagedSessions").GetInt32(), total.GetProperty("users").GetInt32(),
            total.GetProperty("orders").GetInt32(), total.GetProperty("cancellations").GetInt32()));
        Assert.Equal((400m, 0m, 50m, 350m, 350m, 133.33m), (total.GetProperty("orderTotals").GetDecimal(), total.GetProperty("cancelled").GetDecimal(),
            total.GetProperty("refunds").GetDecimal(), total.GetProperty("netSales").GetDecimal(), total.GetProperty("totalSales").GetDecimal(),
            total.GetProperty("averageOrderValue").GetDecimal()));
        Assert.Equal((0.8m, 0.6m, 0.5m, 0.3333m, 0m, 0.125m), (total.GetProperty("engagementRate").GetDecimal(), total.GetProperty("sessionConversionRate").GetDecimal(),
            total.GetProperty("userConversionRate").GetDecimal(), total.GetProperty("cartAbandonmentRate").GetDecimal(),
            total.GetProperty("checkoutAbandonmentRate").GetDecimal(), total.GetProperty("refundRate").GetDecimal()));
        Assert.Equal((1.2m, 108m), (total.GetProperty("pagesPerSession").GetDecimal(), total.GetProperty("averageSessionSeconds").GetDecimal()));

        var channels = (await marketing.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/breakdown?{week}&by=channel")).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("kpis"));
        Assert.Equal((1, 1, 150m), (channels["PaidSearch"].GetProperty("sessions").GetInt32(), channels["PaidSearch"].GetProperty("orders").GetInt32(),
            channels["PaidSearch"].GetProperty("netSales").GetDecimal()));
        var funnel = await marketing.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/funnel?{week}");
        Assert.Equal([5, 3, 3, 1, 1, 1], funnel.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("sessions").GetInt32()));
        var cohorts = await marketing.GetFromJsonAsync<JsonElement>("/api/v1/analytics/cohorts?from=2026-03-01&to=2026-03-31");
        var march = Assert.Single(cohorts.GetProperty("cohorts").EnumerateArray());
        Assert.Equal((2, 175m, 0.5m), (march.GetProperty("customers").GetInt32(), march.GetProperty("valuePerCustomer")[0].GetDecimal(),
            cohorts.GetProperty("repeatPurchaseRate").GetDecimal()));
        var attribution = (await marketing.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/attribution?{week}&lookback=30")).GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("key").GetString() == "PaidSearch");
        Assert.Equal([150m, 250m, 200m, 200m, 183.33m], attribution.GetProperty("netSales").EnumerateArray().Select(v => v.GetDecimal()));

        var bad = await marketing.GetAsync("/api/v1/analytics/breakdown?from=yesterday&by=weather");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("is not a date", errors.GetProperty("from")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Break down by one of", errors.GetProperty("by")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await marketing.GetAsync($"/api/v1/analytics/attribution?{week}&lookback=365")).StatusCode);

        using var ecommerce = await StaffSession.ApiClientAsync(app, StaffRoles.EcommerceManager);
        Assert.Equal(HttpStatusCode.OK, (await ecommerce.GetAsync($"/api/v1/analytics/overview?{week}")).StatusCode);
        using var warehouse = await StaffSession.ApiClientAsync(app, StaffRoles.Warehouse);
        Assert.Equal(HttpStatusCode.Forbidden, (await warehouse.GetAsync($"/api/v1/analytics/overview?{week}")).StatusCode);
    }

    [Fact]
    public async Task AdSpend_ImportsThroughTheApiToo_AllLinesOrNone()
    {
        using var marketing = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        const string file = "Day,Campaign,Impr.,Clicks,Cost,Currency code\n2026-02-02,Api import,100,4,2.50,EUR\n";

        var imported = await marketing.PostAsync("/api/v1/analytics/ad-spend?network=GoogleAds", new StringContent(file, System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(1, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetInt32());
        var again = await marketing.PostAsync("/api/v1/analytics/ad-spend?network=GoogleAds", new StringContent(file, System.Text.Encoding.UTF8, "text/csv"));
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyImported").GetBoolean());

        var refused = await marketing.PostAsync("/api/v1/analytics/ad-spend?network=GoogleAds",
            new StringContent("Day,Campaign,Impr.,Clicks,Cost,Currency code\n2026-02-03,Api import,10,1,-2.00,EUR\n", System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("is negative", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await marketing.PostAsync("/api/v1/analytics/ad-spend?network=Tiktok", new StringContent(file, System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task AFirstVisit_ShowsTheDefaultPeriodAgainstThePeriodBefore_WithoutAskingForAComparison()
    {
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");

        var page = WebUtility.HtmlDecode(await marketing.Client.GetStringAsync("/admin/analytics"));

        Assert.DoesNotContain("is required", page, StringComparison.Ordinal);
        Assert.Contains(", compared with ", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"previous\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOverview_SaysWhenItsFiguresWereBroughtUpToDate_AndStaffCanBringTodayUpToDateNow()
    {
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var zone = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Vetrina.Analytics.AnalyticsOptions>>().Value.Zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var before = await app.WithDbAsync(db => db.Set<PendingDay>().Where(d => d.Day == today).Select(d => d.AggregatedAt).FirstOrDefaultAsync());

        var form = await marketing.Client.GetStringAsync("/admin/analytics?from=2026-03-09&to=2026-03-16&compare=none");
        Assert.Contains("action=\"/admin/analytics?from=2026-03-09&amp;to=2026-03-16&amp;compare=none&amp;by=Channel&amp;handler=Refresh\"", form, StringComparison.Ordinal);
        var asked = await marketing.SubmitAsync("/admin/analytics?from=2026-03-09&to=2026-03-16&compare=none&by=Channel", "Refresh", []);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/admin/analytics?from=2026-03-09&to=2026-03-16&compare=none&by=Channel", asked.Headers.Location!.OriginalString);

        // The job runner takes the request at once; a run already under way finishes first.
        var giveUp = DateTimeOffset.UtcNow.AddSeconds(60);
        PendingDay? day;
        while ((day = await app.WithDbAsync(db => db.Set<PendingDay>().AsNoTracking().FirstOrDefaultAsync(d => d.Day == today))) is not { } rebuilt
            || rebuilt.AggregatedVersion < rebuilt.Version || rebuilt.AggregatedAt == before)
        {
            Assert.True(DateTimeOffset.UtcNow < giveUp, $"Today was not rebuilt within a minute of the request: {day?.Version} asked, {day?.AggregatedVersion} built.");
            await Task.Delay(100);
        }

        var page = await marketing.Client.GetStringAsync("/admin/analytics");
        var at = TimeZoneInfo.ConvertTime(day.AggregatedAt!.Value, zone).ToString("d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Figures brought up to date at {at} (shop time)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdSpend_ImportsOnce_ReplacesOverlappingDays_AndMeetsTheOrdersItsCampaignsEarned()
    {
        await SeedOnceAsync();
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        const string week = "from=2026-03-09&to=2026-03-16";
        const string first = "Day,Campaign,Impr.,Clicks,Cost,Currency code\n2026-03-09,Spring,2000,40,30.00,EUR\n2026-03-10,Spring,1000,10,10.00,EUR\n";
        const string later = "Day,Campaign,Impr.,Clicks,Cost,Currency code\n2026-03-10,Spring,3000,60,20.00,EUR\n";

        Assert.Contains("Imported 2 lines", await ImportAsync(marketing, first, week), StringComparison.Ordinal);
        Assert.Contains("imported before: nothing changed", await ImportAsync(marketing, first, week), StringComparison.Ordinal);
        Assert.Contains("Imported 1 lines", await ImportAsync(marketing, later, week), StringComparison.Ordinal);
        var refused = await ImportAsync(marketing, "Day,Campaign,Impr.,Clicks,Cost,Currency code\n2026-03-11,Spring,10,1,-2.00,EUR\n", week, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Line 2: The cost -2.00 is negative", refused, StringComparison.Ordinal);

        var reports = await ReportsAsync();
        var spend = await reports.AdSpendAsync(Week, 30, default);
        // 30 + 20 (the later export replaced the 10th): €50 for 5,000 impressions and 100 clicks; the spring order earned
        // €150 net under last click.
        var spring = Assert.Single(spend.Campaigns);
        Assert.Equal(("spring", 5_000L, 100L, 5_000L, 1.0, 15_000L), (spring.Campaign, spring.Impressions, spring.Clicks, spring.CostMinor, spring.Orders, spring.RevenueMinor));
        Assert.Equal((0.02m, 50L, 5_000L, 3m), (spring.ClickThroughRate, spring.CostPerClickMinor, spring.CostPerAcquisitionMinor, spring.ReturnOnAdSpend));
        var csv = await marketing.Client.GetStringAsync($"/admin/analytics/ad-spend?{week}&handler=Csv");
        Assert.Contains("spring,GoogleAds,5000,100,0.02,50.00,0.50,1,150.00,50.00,3", csv, StringComparison.Ordinal);
        Assert.Contains("3.00×", await marketing.Client.GetStringAsync($"/admin/analytics?{week}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangeRates_ApplyFromTodayOn_SoPastDaysKeepTheirFigures()
    {
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);

        var past = await marketing.SubmitAsync("/admin/analytics/rates", null, new() { ["Currency"] = "USD", ["ValidFrom"] = "2026-01-01", ["PerReportingUnit"] = "1.1" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("past days keep the rate", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var nonsense = await marketing.SubmitAsync("/admin/analytics/rates", null, new() { ["Currency"] = "USD", ["ValidFrom"] = $"{today:yyyy-MM-dd}", ["PerReportingUnit"] = "-3" });
        Assert.Contains("a number above zero", await nonsense.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await marketing.SubmitAsync("/admin/analytics/rates", null, new() { ["Currency"] = "USD", ["ValidFrom"] = $"{today:yyyy-MM-dd}", ["PerReportingUnit"] = "1,12" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1.12m, await app.WithDbAsync(db => db.Set<ExchangeRate>().Where(r => r.Currency == "USD" && r.ValidFrom == today).Select(r => r.PerReportingUnit).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "analytics.rate" && a.Subject == "currency:USD")));
    }

    private static async Task<string> ImportAsync(StaffSession staff, string csv, string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await staff.UploadAsync($"/admin/analytics/ad-spend?{query}", null, "Upload", "google-ads.csv", System.Text.Encoding.UTF8.GetBytes(csv),
            new() { ["Network"] = "GoogleAds" });
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<AnalyticsReports> ReportsAsync()
    {
        await SeedOnceAsync();
        var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AnalyticsReports>();
    }

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    private async Task SeedOnceAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (await app.WithDbAsync(db => db.Set<RawEvent>().AnyAsync(e => e.Day == Monday)))
            {
                return;
            }

            await app.WithDbAsync(async db =>
            {
                if (!await db.Set<ExchangeRate>().AnyAsync(r => r.Currency == "KRW" && r.ValidFrom <= Monday))
                {
                    db.Add(new ExchangeRate("KRW", new DateOnly(2026, 1, 1), 1450m));
                }

                db.AddRange(Events());
                return await db.SaveChangesAsync();
            });
            var aggregation = app.Services.GetRequiredService<DayAggregation>();
            await aggregation.RebuildAsync(Monday, default);
            await aggregation.RebuildAsync(NextMonday, default);
        }
        finally
        {
            Seeding.Release();
        }
    }

    private static List<RawEvent> Events()
    {
        var v1 = Guid.NewGuid();
        var v2 = Guid.NewGuid();
        var v3 = Guid.NewGuid();
        var v4 = Guid.NewGuid();
        var coatM = EventItem.Write([new EventItem("A", "M", "Coat", null, 20_000, 1)]);
        var knitS = EventItem.Write([new EventItem("B", "S", "Knit", null, 145_000, 1)]);
        return
        [
            E(v1, Monday, 0, EventNames.PageView, page: "/it/spring?utm_source=google", source: "google", medium: "cpc", campaign: "spring"),
            E(v1, Monday, 1, EventNames.ViewItem, items: EventItem.Write([new EventItem("A", null, "Coat", null, 20_000, 1)])),
            E(v1, Monday, 2, EventNames.AddToCart, items: coatM, cart: "reports-c1"),
            E(v1, Monday, 3, EventNames.BeginCheckout, cart: "reports-c1"),
            E(v1, Monday, 4, EventNames.AddPaymentInfo),
            E(v1, Monday, 5, EventNames.Purchase, items: coatM, transaction: "T100", value: 20_000, currency: "EUR", user: "u1", cart: "reports-c1"),
            E(v2, Monday, 60, EventNames.PageView, page: "/it/a"),
            E(v2, Monday, 61, EventNames.PageView, page: "/it/b"),
            E(v2, Monday, 62, EventNames.ViewItem, items: EventItem.Write([new EventItem("A", null, "Coat", null, 20_000, 1)])),
            E(v2, Monday, 63, EventNames.AddToCart, items: EventItem.Write([new EventItem("A", "L", "Coat", null, 20_000, 1)]), cart: "reports-c2"),
            E(v3, Monday, 120, EventNames.PageView, page: "/it/news?utm_source=newsletter", source: "newsletter", medium: "email", kind: VisitorKind.Cookieless),
            E(v1, NextMonday, 0, EventNames.PageView, page: "/it/news?utm_source=newsletter", source: "newsletter", medium: "email", campaign: "spring-mail"),
            E(v1, NextMonday, 0, EventNames.Purchase, transaction: "T101", value: 10_000, currency: "EUR", user: "u1", items: EventItem.Write([new EventItem("C", "M", "Scarf", null, 10_000, 1)])),
            E(v1, NextMonday, 30, EventNames.Refund, transaction: "T100", value: 5_000, currency: "EUR", user: "u1"),
            E(v1, NextMonday, 31, EventNames.Return, transaction: "T100", items: coatM),
            E(v4, NextMonday, 60, EventNames.PageView, page: "/ko", market: "KR", language: "ko", referrer: "www.google.co.kr/"),
            E(v4, NextMonday, 61, EventNames.ViewItem, market: "KR", language: "ko", items: EventItem.Write([new EventItem("B", null, "Knit", null, 145_000, 1)])),
            E(v4, NextMonday, 62, EventNames.AddToCart, market: "KR", language: "ko", items: knitS, cart: "reports-c4"),
            E(v4, NextMonday, 63, EventNames.Purchase, market: "KR", language: "ko", items: knitS, transaction: "T102", value: 145_000, currency: "KRW", user: "u2",
                cart: "reports-c4"),
        ];
    }

    private static RawEvent E(Guid visitor, DateOnly day, double minutes, string name, string? page = null, string? source = null, string? medium = null,
        string? campaign = null, string? items = null, string? transaction = null, long? value = null, string? currency = null, string? user = null,
        string market = "IT", string language = "it", string? referrer = null, VisitorKind kind = VisitorKind.Cookie, string? cart = null) => new()
        {
            Day = day, OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(minutes), ReceivedAt = DateTimeOffset.UtcNow,
            VisitorId = visitor, VisitorKind = kind, Name = name, Page = page, Source = source, Medium = medium, Campaign = campaign, Items = items,
            TransactionId = transaction, ValueMinor = value, Currency = currency, UserId = user, Market = market, Language = language, Referrer = referrer,
            Device = DeviceCategory.Desktop, Params = cart is null ? null : $$"""{"cart_id":"{{cart}}"}""",
        };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAnalyticsReportsTests(SqliteAppFixture fixture) : AnalyticsReportsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlAnalyticsReportsTests(PostgresAppFixture fixture) : AnalyticsReportsContract(fixture);
