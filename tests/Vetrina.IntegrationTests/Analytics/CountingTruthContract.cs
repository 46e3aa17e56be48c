using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Vetrina.Analytics;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Reporting;
using Vetrina.Analytics.Spend;
using Vetrina.Analytics.Visitors;
using Vetrina.Kernel;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Counting bugs of issue #17, each on a small hand-made set in its own market ("TX") and days of April 2026, through the
/// real aggregation and queries on each database; the answers are worked out by hand here.
/// </summary>
/// <remarks>
/// Monday 6 April: V comes at 9:00 from the newsletter (email) reading English, again at 11:00 directly reading Italian;
/// W comes directly at 10:00 in English. Saturday 11 April: V comes back directly.
/// Tuesday 7 April: K (with cookies, never seen before) and C (without) each come twice, at 9:00 and 11:00.
/// Wednesday 8 April: u10 buys for €100.00 (T200); u11 buys for €50.00 (T201), cancelled the same day before any
/// charge; u12 buys for €80.01 (T202). Thursday 9 April: u12 buys again for €20.00 (T203); u10 gets €10.00 back on T200.
/// u13 bought for €40.00 on 20 February (T198) and buys again on Friday 10 April (T204).
/// Sunday 3 May, at 22% VAT with prices VAT included: u20 buys a coat €244.00 and a scarf €61.00 with 10% off (€30.50)
/// and shipping €12.20: €286.70 (T300); then a €122.00 bag without shipping (T301), cancelled before the charge; the scarf
/// comes back, €61.00 refunded on T300.
/// Tuesday 5 May: two Google Ads clicks with auto-tagging only (a gclid, no UTM tags): h's carries campaign id 777 and
/// buys for €50.00 (T400); i's carries no campaign id and buys for €30.00 (T401).
/// </remarks>
public abstract class CountingTruthContract(AppFixture fixture)
{
    private const string Market = "TX";
    private static readonly DateOnly Monday = new(2026, 4, 6);
    private static readonly DateOnly Tuesday = new(2026, 4, 7);
    private static readonly DateOnly Wednesday = new(2026, 4, 8);
    private static readonly DateOnly Thursday = new(2026, 4, 9);
    private static readonly DateOnly Friday = new(2026, 4, 10);
    private static readonly DateOnly Saturday = new(2026, 4, 11);
    private static readonly DateOnly Sunday = new(2026, 5, 3);
    private static readonly DateOnly AdsDay = new(2026, 5, 5);
    private static readonly DateOnly February = new(2026, 2, 20);
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task Users_AreDistinctPeopleOverTheRangeAndSlices_NotTheSumOfCells()
    {
        var reports = await ReportsAsync();

        var monday = await reports.PeriodAsync(new ReportFilter(Monday, Monday) { Market = Market }, default);
        // V (two channels, two languages) and W: two people in three sessions, the day's row and the period alike.
        Assert.Equal((3, 2, 2), (monday.Totals.Sessions, monday.Totals.Users, monday.Days.Single().Totals.Users));
        Assert.False(monday.Totals.UsersEstimated);
        var channels = (await reports.ByAsync(new ReportFilter(Monday, Monday) { Market = Market }, Breakdown.Channel, default)).ToDictionary(r => r.Key, r => r.Totals.Users);
        Assert.Equal((1, 2), (channels["Email"], channels["Direct"]));
        var languages = (await reports.ByAsync(new ReportFilter(Monday, Monday) { Market = Market }, Breakdown.Language, default)).ToDictionary(r => r.Key, r => r.Totals.Users);
        Assert.Equal((2, 1), (languages["en"], languages["it"]));

        var week = await reports.PeriodAsync(new ReportFilter(Monday, Saturday) { Market = Market }, default);
        // V, W, K, C, and the buyers a, b, d, f: eight people, though the days' own counts add up to 2 + 2 + 3 + 1 + 1 + 1 = 10.
        Assert.Equal(8, week.Totals.Users);
        Assert.Equal(10, week.Days.Sum(d => d.Totals.Users));
        var direct = await reports.PeriodAsync(new ReportFilter(Monday, Saturday) { Market = Market, Channel = Channel.Direct }, default);
        // Each of the eight came directly at least once (a market and a channel: counted from the cube's cells).
        Assert.Equal(8, direct.Totals.Users);
        var markets = (await reports.ByAsync(new ReportFilter(Monday, Saturday) { Market = Market }, Breakdown.Market, default)).Single();
        Assert.Equal((Market, 8), (markets.Key, markets.Totals.Users));
        // The whole of April comes from the market's month; the first days of May (none of these people) from their days.
        var april = await reports.PeriodAsync(new ReportFilter(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 2)) { Market = Market }, default);
        Assert.Equal((8, false), (april.Totals.Users, april.Totals.UsersEstimated));

        var buying = await reports.PeriodAsync(new ReportFilter(Wednesday, Thursday) { Market = Market }, default);
        // a, b and d bought (d on both days): three buyers of three people.
        Assert.Equal((3, 3, 1m), (buying.Totals.PurchaseUsers, buying.Totals.Users, buying.Totals.UserConversionRate));
    }

    [Fact]
    public async Task AVisitorWithoutCookies_IsOneNewUserADay_NotOnePerSession()
    {
        var reports = await ReportsAsync();

        var day = (await reports.PeriodAsync(new ReportFilter(Tuesday, Tuesday) { Market = Market }, default)).Totals;

        // Four sessions of two people, each new today.
        Assert.Equal((4, 2, 2), (day.Sessions, day.Users, day.NewUsers));
    }

    [Fact]
    public async Task ACancelledOrder_IsNeitherASaleNorARefund()
    {
        var reports = await ReportsAsync();

        var days = (await reports.PeriodAsync(new ReportFilter(Wednesday, Thursday) { Market = Market }, default)).Totals;

        // Placed: 100.00 + 50.00 + 80.01 + 20.00 = 250.01; cancelled 50.00; sales 200.01; refunded 10.00; net 190.01.
        Assert.Equal((4, 1, 3), (days.GrossOrders, days.Cancellations, days.Orders));
        Assert.Equal((25_001L, 5_000L, 20_001L, 1_000L, 19_001L), (days.RevenueMinor, days.CancelledMinor, days.SalesMinor, days.RefundsMinor, days.TotalSalesMinor));
        // 10.00 of 200.01.
        Assert.Equal(0.05m, days.RefundRate);
    }

    [Fact]
    public async Task RefundsOfAnOlderOrder_CountWhenMade_OrAsAnOptionAgainstTheirOrdersDay()
    {
        var reports = await ReportsAsync();
        var (wednesday, thursday) = (new ReportFilter(Wednesday, Wednesday) { Market = Market }, new ReportFilter(Thursday, Thursday) { Market = Market });

        var cash = ((await reports.PeriodAsync(wednesday, default)).Totals, (await reports.PeriodAsync(thursday, default)).Totals);
        var byOrder = ((await reports.PeriodAsync(wednesday, RefundsView.AgainstOrder, default)).Totals,
            (await reports.PeriodAsync(thursday, RefundsView.AgainstOrder, default)).Totals);

        // When made: Wednesday placed 100.00 + 50.00 + 80.01, 50.00 cancelled, nothing refunded; Thursday placed 20.00 and
        // refunded 10.00 of Wednesday's T200.
        Assert.Equal((23_001L, 5_000L, 0L, 18_001L), (cash.Item1.RevenueMinor, cash.Item1.CancelledMinor, cash.Item1.RefundsMinor, cash.Item1.TotalSalesMinor));
        Assert.Equal((2_000L, 1_000L, 1_000L), (cash.Item2.RevenueMinor, cash.Item2.RefundsMinor, cash.Item2.TotalSalesMinor));
        // Against the order's day: T200's refund is Wednesday's; Thursday keeps its own order whole.
        Assert.Equal((23_001L, 5_000L, 1_000L, 17_001L, 1_000L), (byOrder.Item1.RevenueMinor, byOrder.Item1.CancelledMinor, byOrder.Item1.RefundsMinor,
            byOrder.Item1.TotalSalesMinor, byOrder.Item1.ReturnsMinor));
        Assert.Equal((2, 1, 17_001L), (byOrder.Item1.Orders, byOrder.Item1.Cancellations, byOrder.Item1.NetSalesMinor));
        Assert.Equal((2_000L, 0L, 2_000L, 1), (byOrder.Item2.RevenueMinor, byOrder.Item2.RefundsMinor, byOrder.Item2.TotalSalesMinor, byOrder.Item2.Orders));
        // Traffic is the same either way.
        Assert.Equal((cash.Item1.Sessions, cash.Item1.Users), (byOrder.Item1.Sessions, byOrder.Item1.Users));
    }

    [Fact]
    public async Task Sales_AreShopifysFigures_WithoutVatAndShipping_BesideTotalSales()
    {
        var reports = await ReportsAsync();

        var sunday = (await reports.PeriodAsync(new ReportFilter(Sunday, Sunday) { Market = Market }, default)).Totals;

        // Without VAT (÷ 1.22): gross sales coat 200.00 + scarf 50.00 + bag 100.00, less the cancelled bag's 100.00 = 250.00;
        // discounts 25.00; returns: the scarf's 61.00 without VAT = 50.00; net sales 250.00 − 25.00 − 50.00 = 175.00.
        Assert.Equal((25_000L, 2_500L, 5_000L, 17_500L), (sunday.GrossSalesMinor, sunday.DiscountsMinor, sunday.ReturnsMinor, sunday.NetSalesMinor));
        // Shipping 10.00 without VAT; VAT 51.70 + 22.00 − 22.00 (cancelled) − 11.00 (refunded) = 40.70.
        Assert.Equal((1_000L, 4_070L), (sunday.ShippingMinor, sunday.TaxMinor));
        // Total sales = 286.70 + 122.00 placed − 122.00 cancelled − 61.00 refunded = 225.70 = 175.00 + 10.00 + 40.70.
        Assert.Equal((40_870L, 12_200L, 6_100L, 22_570L), (sunday.RevenueMinor, sunday.CancelledMinor, sunday.RefundsMinor, sunday.TotalSalesMinor));
        // One order stood: (250.00 − 25.00) ÷ 1.
        Assert.Equal((1, 22_500m), (sunday.Orders, sunday.AverageOrderValueMinor));

        // The order's credit is its net sales less the return: 175.00, all to the direct visit that bought it.
        var credited = (await reports.AttributionAsync(new ReportFilter(Sunday, Sunday) { Market = Market }, 30, byCampaign: false, default)).Single();
        Assert.Equal(("Direct", 17_500L), (credited.Key, credited.RevenueMinor[(int)AttributionModel.LastClick]));
    }

    [Fact]
    public async Task AutoTaggedAdClicks_EarnForTheirCampaign_NamedByTheCostReportsCampaignIds_OrByTheClickReport()
    {
        var reports = await ReportsAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<AdSpendImporter>();
            var costs = await importer.ImportAsync("""
                Day,Campaign,Campaign ID,Impr.,Clicks,Cost,Currency code
                2026-05-05,May Coats,777,100,10,20.00,EUR
                2026-05-05,May Brand,778,50,5,10.00,EUR
                """, "campaigns.csv", AdNetwork.GoogleAds, "test", default);
            var clicks = await importer.ImportAsync("Google click ID,Campaign,Click date\nGC-2,May Brand,2026-05-05\n", "clicks.csv", AdNetwork.GoogleAds, "test", default);
            Assert.True(costs.Succeeded && clicks.Succeeded);
        }

        // The imports marked the day; the aggregation job would rebuild it at its next run.
        Assert.True(await app.WithDbAsync(db => db.Set<PendingDay>().AnyAsync(d => d.Day == AdsDay && d.Version > d.AggregatedVersion)));
        await app.Services.GetRequiredService<DayAggregation>().RebuildAsync(AdsDay, default);

        var spend = (await reports.AdSpendAsync(new ReportFilter(AdsDay, AdsDay), 30, default)).Campaigns.ToDictionary(c => c.Campaign);
        // May Coats: €20.00 for T400's €50.00 (2.5×); May Brand: €10.00 for T401's €30.00 (3×).
        Assert.Equal((1.0, 5_000L, 2.5m), (spend["may coats"].Orders, spend["may coats"].RevenueMinor, spend["may coats"].ReturnOnAdSpend));
        Assert.Equal((1.0, 3_000L, 3m), (spend["may brand"].Orders, spend["may brand"].RevenueMinor, spend["may brand"].ReturnOnAdSpend));
    }

    [Fact]
    public async Task ACustomerWhoseOnlyOrderWasCancelled_IsInNoCohort_AndReturningCustomersHadOrderedBefore()
    {
        var reports = await ReportsAsync();

        var cohorts = await reports.CohortsAsync(new ReportFilter(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)) { Market = Market }, default);

        var april = Assert.Single(cohorts.Cohorts);
        // u10 and u12 (u13's first order was in February); both ordered in their first month.
        Assert.Equal((2, 1m), (april.Customers, april.Active[0]!.Value));
        // (100.00 − 10.00 + 80.01 + 20.00) ÷ 2 = 95.005, rounded half away from zero.
        Assert.Equal(9_501L, april.ValuePerCustomerMinor[0]);
        // Customers of April: u10, u12, u13. Two orders or more: u12. Ordered before April: u13.
        Assert.Equal((3, 0.3333m, 0.3333m), (cohorts.Customers, cohorts.RepeatPurchaseRate, cohorts.ReturningCustomerRate));
    }

    [Fact]
    public async Task CookielessIds_ChangeAtMidnightInTheShopsZone_NotAtMidnightUtc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 14, 23, 30, 0, TimeSpan.Zero));
        var salts = new SaltStore(app.Services.GetRequiredService<IServiceScopeFactory>(), clock,
            Options.Create(new AnalyticsOptions { TimeZone = "Europe/Rome" }));

        // 00:30 and 01:30 on the 15th in Rome: one day, whatever UTC says.
        var halfPastMidnight = await salts.TodayAsync(default);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(halfPastMidnight, await salts.TodayAsync(default));
        // 00:30 on the 16th in Rome: a new day, a new id.
        clock.Advance(TimeSpan.FromHours(23));
        Assert.NotEqual(halfPastMidnight, await salts.TodayAsync(default));
        Assert.True(await app.WithDbAsync(db => db.Set<VisitorSalt>().AnyAsync(s => s.Day == new DateOnly(2030, 1, 15))));
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
            if (await app.WithDbAsync(db => db.Set<RawEvent>().AnyAsync(e => e.Day == Tuesday && e.Market == Market)))
            {
                return;
            }

            await app.WithDbAsync(db =>
            {
                db.AddRange(Events());
                return db.SaveChangesAsync();
            });
            var aggregation = app.Services.GetRequiredService<DayAggregation>();
            foreach (var day in new[] { February, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, AdsDay })
            {
                await aggregation.RebuildAsync(day, default);
            }
        }
        finally
        {
            Seeding.Release();
        }
    }

    private static List<RawEvent> Events()
    {
        var (k, c, a, b, d, f) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (v, w, g, h, i) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        return
        [
            E(v, Monday, 0, EventNames.PageView, source: ("newsletter", "email")),
            E(v, Monday, 120, EventNames.PageView, language: "it"),
            E(w, Monday, 60, EventNames.PageView),
            E(v, Saturday, 0, EventNames.PageView),
            Clicked(E(h, AdsDay, 0, EventNames.PageView), "GC-1", "777"),
            E(h, AdsDay, 1, EventNames.Purchase, transaction: "T400", value: 5_000, user: "u30"),
            Clicked(E(i, AdsDay, 10, EventNames.PageView), "GC-2", null),
            E(i, AdsDay, 11, EventNames.Purchase, transaction: "T401", value: 3_000, user: "u31"),
            E(g, Sunday, 0, EventNames.PageView),
            E(g, Sunday, 1, EventNames.Purchase, transaction: "T300", value: 28_670, user: "u20",
                parameters: """{"shipping":1220,"tax":5170,"discount":3050,"items_tax":5500,"shipping_tax":220}"""),
            E(g, Sunday, 5, EventNames.Purchase, transaction: "T301", value: 12_200, user: "u20",
                parameters: """{"shipping":0,"tax":2200,"discount":0,"items_tax":2200,"shipping_tax":0}"""),
            E(g, Sunday, 30, EventNames.Refund, transaction: "T301", value: 12_200, user: "u20", parameters: "{\"cancelled\":true}"),
            E(g, Sunday, 60, EventNames.Refund, transaction: "T300", value: 6_100, user: "u20"),
            E(k, Tuesday, 0, EventNames.PageView),
            E(k, Tuesday, 120, EventNames.PageView),
            E(c, Tuesday, 0, EventNames.PageView, kind: VisitorKind.Cookieless),
            E(c, Tuesday, 120, EventNames.PageView, kind: VisitorKind.Cookieless),
            E(a, Wednesday, 0, EventNames.PageView),
            E(a, Wednesday, 1, EventNames.Purchase, transaction: "T200", value: 10_000, user: "u10"),
            E(b, Wednesday, 10, EventNames.PageView),
            E(b, Wednesday, 11, EventNames.Purchase, transaction: "T201", value: 5_000, user: "u11"),
            E(b, Wednesday, 60, EventNames.Refund, transaction: "T201", value: 5_000, user: "u11", parameters: "{\"cancelled\":true}"),
            E(d, Wednesday, 20, EventNames.PageView),
            E(d, Wednesday, 21, EventNames.Purchase, transaction: "T202", value: 8_001, user: "u12"),
            E(d, Thursday, 0, EventNames.PageView),
            E(d, Thursday, 1, EventNames.Purchase, transaction: "T203", value: 2_000, user: "u12"),
            E(a, Thursday, 30, EventNames.Refund, transaction: "T200", value: 1_000, user: "u10"),
            E(f, February, 0, EventNames.PageView),
            E(f, February, 1, EventNames.Purchase, transaction: "T198", value: 4_000, user: "u13"),
            E(f, Friday, 0, EventNames.PageView),
            E(f, Friday, 1, EventNames.Purchase, transaction: "T204", value: 4_000, user: "u13"),
        ];
    }

    /// <summary>A landing from an auto-tagged Google Ads click: its gclid and, where the ad added it, the campaign id.</summary>
    private static RawEvent Clicked(RawEvent e, string clickKey, string? campaignId)
    {
        (e.ClickId, e.ClickKey, e.CampaignId) = ("gclid", clickKey, campaignId);
        return e;
    }

    private static RawEvent E(Guid visitor, DateOnly day, double minutes, string name, string? transaction = null, long? value = null, string? user = null,
        string? parameters = null, VisitorKind kind = VisitorKind.Cookie, (string Source, string Medium)? source = null, string language = "en") => new()
        {
            Day = day, OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(minutes), ReceivedAt = DateTimeOffset.UtcNow,
            VisitorId = visitor, VisitorKind = kind, Name = name, Page = name == EventNames.PageView ? "/en" : null, TransactionId = transaction,
            ValueMinor = value, Currency = value is null ? null : "EUR", UserId = user, Market = Market, Language = language, Device = DeviceCategory.Desktop,
            Params = parameters, Source = source?.Source, Medium = source?.Medium,
        };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCountingTruthTests(SqliteAppFixture fixture) : CountingTruthContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCountingTruthTests(PostgresAppFixture fixture) : CountingTruthContract(fixture);
