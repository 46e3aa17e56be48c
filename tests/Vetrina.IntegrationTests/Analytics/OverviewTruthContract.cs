using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A hand-made week in two markets and currencies, read where people read it: every KPI card of the overview page and
/// the API's totals equal the figures worked out here from docs/kpis.md, by hand (the test computes nothing with the
/// code it checks; money is only formatted as the page formats it).
/// </summary>
/// <remarks>
/// Markets "WA" (euros, 22% VAT) and "WB" (won, 10% VAT; ₩1,100 to the euro from 1 June 2026), prices VAT included.
/// Monday 8 June: P1 (WA) comes from a Google ad at 10:00, views, adds (bag B1), checks out, pays at 10:04 and buys
/// €122.00 (T1); P2 (WA) comes directly at 11:00 and adds to the bag (B2) 5 s later, then leaves.
/// Tuesday 9 June: P1 comes back directly, two pages 30 s apart; P3 (WB) finds the shop on Google at 12:00, adds at 12:01
/// and buys ₩110,000 (T2, €100.00: VAT ₩10,000 = €9.09, goods without VAT ₩100,000 = €90.91).
/// Wednesday 10 June: half of T1 comes back, €61.00 refunded. Thursday 11 June: P4 (WA) comes from the newsletter at
/// 18:00, views, adds, checks out at 18:03 and buys €61.00 (T3), cancelled the same evening before the charge.
/// </remarks>
public abstract partial class OverviewTruthContract(AppFixture fixture)
{
    private static readonly DateOnly Monday = new(2026, 6, 8);
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task EveryCardOfTheOverview_AndTheApi_EqualTheWeekWorkedOutByHand()
    {
        await SeedOnceAsync();
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");

        var page = await marketing.Client.GetStringAsync("/admin/analytics?from=2026-06-08&to=2026-06-14&compare=none");
        var cards = Cards().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value).Trim());

        string Eur(long minor) => new Money(minor, Currency.Eur).Format();
        var expected = new Dictionary<string, string>
        {
            // P1 twice, P2, P3, P4.
            ["Sessions"] = "5",
            ["Users"] = "4",
            // P1 was new on Monday only.
            ["New users"] = "4",
            // All but P2's (5 s, one page).
            ["Engagement rate"] = "80.0 %",
            // 1 + 1 + 2 + 1 + 1 pages.
            ["Pages per session"] = "1.20",
            // 240 + 5 + 30 + 60 + 180 seconds, first to last browser event, over 5.
            ["Average session"] = "0:01:43",
            // T1, T2, T3 placed; T3 cancelled.
            ["Orders"] = "2",
            // Gross sales without VAT 100.00 + 90.91 + 50.00 − 50.00 (T3 cancelled); returns: 61.00 without VAT = 50.00.
            ["Net sales"] = Eur(14_091),
            // 122.00 + 100.00 + 61.00 placed − 61.00 cancelled − 61.00 refunded.
            ["Total sales"] = Eur(16_100),
            // (190.91 − 0) ÷ 2 = 95.455, to the cent half away from zero.
            ["Average order value"] = Eur(9_546),
            // P1 on Monday, P3 and P4 bought (a cancelled order was still bought in its session).
            ["Conversion rate (sessions)"] = "60.0 %",
            ["Conversion rate (users)"] = "75.0 %",
            // Four bags filled (B1 to B4), three became orders (W3 was cancelled later, but it was an order).
            ["Cart abandonment"] = "25.0 %",
            ["Checkout abandonment"] = "0.0 %",
            // 61.00 refunded of 222.00 sold (placed less cancelled).
            ["Refund rate"] = "27.5 %",
            // No ad spend in the week.
            ["Click-through rate"] = "—",
            ["Cost per acquisition"] = "—",
            ["Return on ad spend"] = "—",
        };
        Assert.Equal(expected.OrderBy(e => e.Key), cards.OrderBy(c => c.Key));
        Assert.Contains("Of 4 bags.", page, StringComparison.Ordinal);
        Assert.Contains("Of 2 checkouts.", page, StringComparison.Ordinal);

        using var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        var total = (await api.GetFromJsonAsync<JsonElement>("/api/v1/analytics/overview?from=2026-06-08&to=2026-06-14")).GetProperty("total");
        Assert.Equal((5, 4, 4, 4, 6, 2), (total.GetProperty("sessions").GetInt32(), total.GetProperty("users").GetInt32(), total.GetProperty("newUsers").GetInt32(),
            total.GetProperty("engagedSessions").GetInt32(), total.GetProperty("pageViews").GetInt32(), total.GetProperty("orders").GetInt32()));
        Assert.Equal((283m, 61m, 61m, 190.91m, 0m, 50m, 140.91m, 0m, 20.09m, 161m, 95.46m), (total.GetProperty("orderTotals").GetDecimal(),
            total.GetProperty("cancelled").GetDecimal(), total.GetProperty("refunds").GetDecimal(), total.GetProperty("grossSales").GetDecimal(),
            total.GetProperty("discounts").GetDecimal(), total.GetProperty("returns").GetDecimal(), total.GetProperty("netSales").GetDecimal(),
            total.GetProperty("shipping").GetDecimal(), total.GetProperty("taxes").GetDecimal(), total.GetProperty("totalSales").GetDecimal(),
            total.GetProperty("averageOrderValue").GetDecimal()));
        Assert.Equal((0.8m, 0.6m, 0.75m, 0.25m, 0m, 0.2748m), (total.GetProperty("engagementRate").GetDecimal(), total.GetProperty("sessionConversionRate").GetDecimal(),
            total.GetProperty("userConversionRate").GetDecimal(), total.GetProperty("cartAbandonmentRate").GetDecimal(),
            total.GetProperty("checkoutAbandonmentRate").GetDecimal(), total.GetProperty("refundRate").GetDecimal()));

        // Against their orders' days, Wednesday's refund of Monday's T1 is Monday's: the week's totals stay, Monday's change.
        var byOrder = await api.GetFromJsonAsync<JsonElement>("/api/v1/analytics/overview?from=2026-06-08&to=2026-06-14&refunds=order");
        Assert.Equal((161m, 61m, 0m), (byOrder.GetProperty("total").GetProperty("totalSales").GetDecimal(),
            byOrder.GetProperty("days")[0].GetProperty("kpis").GetProperty("totalSales").GetDecimal(),
            byOrder.GetProperty("days")[2].GetProperty("kpis").GetProperty("refunds").GetDecimal()));
        var refused = await api.GetAsync("/api/v1/analytics/overview?from=2026-06-08&to=2026-06-14&refunds=sometimes");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("against their order's day (order)", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("""<h2>([^<]+)</h2>\s*<p class="kpi-value">([^<]*)</p>""")]
    private static partial Regex Cards();

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    private async Task SeedOnceAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (await app.WithDbAsync(db => db.Set<RawEvent>().AnyAsync(e => e.Day == Monday && e.Market == "WA")))
            {
                return;
            }

            await app.WithDbAsync(db =>
            {
                db.Add(new ExchangeRate("KRW", new DateOnly(2026, 6, 1), 1_100m));
                db.AddRange(Events());
                return db.SaveChangesAsync();
            });
            var aggregation = app.Services.GetRequiredService<DayAggregation>();
            for (var day = Monday; day <= Monday.AddDays(6); day = day.AddDays(1))
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
        var (p1, p2, p3, p4) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (tuesday, wednesday, thursday) = (Monday.AddDays(1), Monday.AddDays(2), Monday.AddDays(3));
        const string euro = """{"shipping":0,"tax":2200,"discount":0,"items_tax":2200,"shipping_tax":0,"cart_id":"truth-b1"}""";
        return
        [
            E(p1, Monday, "10:00:00", EventNames.PageView, source: ("google", "cpc")),
            E(p1, Monday, "10:01:00", EventNames.ViewItem),
            E(p1, Monday, "10:02:00", EventNames.AddToCart, parameters: Bag("truth-b1")),
            E(p1, Monday, "10:03:00", EventNames.BeginCheckout, parameters: Bag("truth-b1")),
            E(p1, Monday, "10:04:00", EventNames.AddPaymentInfo),
            E(p1, Monday, "10:04:30", EventNames.Purchase, transaction: "W1", value: 12_200, parameters: euro),
            E(p2, Monday, "11:00:00", EventNames.PageView, device: DeviceCategory.Mobile),
            E(p2, Monday, "11:00:05", EventNames.AddToCart, device: DeviceCategory.Mobile, parameters: Bag("truth-b2")),
            E(p1, tuesday, "09:00:00", EventNames.PageView),
            E(p1, tuesday, "09:00:30", EventNames.PageView),
            E(p3, tuesday, "12:00:00", EventNames.PageView, market: "WB", language: "ko", device: DeviceCategory.Mobile, referrer: "https://www.google.co.kr/"),
            E(p3, tuesday, "12:01:00", EventNames.AddToCart, market: "WB", language: "ko", device: DeviceCategory.Mobile, parameters: Bag("truth-b3")),
            E(p3, tuesday, "12:01:30", EventNames.Purchase, market: "WB", language: "ko", device: DeviceCategory.Mobile, transaction: "W2", value: 110_000,
                currency: "KRW", parameters: """{"shipping":0,"tax":10000,"discount":0,"items_tax":10000,"shipping_tax":0,"cart_id":"truth-b3"}"""),
            E(p1, wednesday, "15:00:00", EventNames.Refund, transaction: "W1", value: 6_100),
            E(p4, thursday, "18:00:00", EventNames.PageView, language: "it", source: ("newsletter", "email")),
            E(p4, thursday, "18:01:00", EventNames.ViewItem, language: "it"),
            E(p4, thursday, "18:02:00", EventNames.AddToCart, language: "it", parameters: Bag("truth-b4")),
            E(p4, thursday, "18:03:00", EventNames.BeginCheckout, language: "it", parameters: Bag("truth-b4")),
            E(p4, thursday, "18:03:30", EventNames.Purchase, language: "it", transaction: "W3", value: 6_100,
                parameters: """{"shipping":0,"tax":1100,"discount":0,"items_tax":1100,"shipping_tax":0,"cart_id":"truth-b4"}"""),
            E(p4, thursday, "21:00:00", EventNames.Refund, language: "it", transaction: "W3", value: 6_100, parameters: """{"cancelled":true}"""),
        ];
    }

    private static string Bag(string cart) => $$"""{"cart_id":"{{cart}}"}""";

    private static RawEvent E(Guid visitor, DateOnly day, string time, string name, string market = "WA", string language = "en",
        DeviceCategory device = DeviceCategory.Desktop, (string Source, string Medium)? source = null, string? referrer = null, string? transaction = null,
        long? value = null, string? currency = null, string? parameters = null) => new()
        {
            // Midday times in June are the same day in Rome (UTC+2) and in UTC.
            Day = day, OccurredAt = new DateTimeOffset(day.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(2)).ToUniversalTime(),
            ReceivedAt = DateTimeOffset.UtcNow, VisitorId = visitor, VisitorKind = VisitorKind.Cookie, Name = name,
            Page = name == EventNames.PageView ? $"/{language}" : null, Referrer = referrer, Source = source?.Source, Medium = source?.Medium,
            TransactionId = transaction, ValueMinor = value, Currency = value is null ? null : currency ?? "EUR", UserId = transaction is null ? null : $"w:{visitor:N}",
            Market = market, Language = language, Device = device, Params = parameters,
        };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOverviewTruthTests(SqliteAppFixture fixture) : OverviewTruthContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlOverviewTruthTests(PostgresAppFixture fixture) : OverviewTruthContract(fixture);
