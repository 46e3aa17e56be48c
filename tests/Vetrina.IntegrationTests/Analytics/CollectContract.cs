using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetrina.Analytics;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Collection;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Visitors;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Privacy.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The collector: what it stores (only once committed), what it refuses and why, what it knows of a visitor with and
/// without consent, robots, and the server's own purchase and refund events reaching the day's figures.
/// </summary>
public abstract class CollectContract(AppFixture fixture)
{
    private const string Iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    private const string Desktop = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task AGoodBatch_IsStored_AndEachBadEventIsRefusedWithItsReason_WithoutSpoilingTheRest()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var now = DateTimeOffset.UtcNow;
        using var browser = Browser(Iphone);
        var response = await CollectAsync(browser, new
        {
            events = new object[]
            {
                new { name = "page_view", @params = new { page_location = $"https://shop.example/it/{run}/?utm_source=Google&utm_medium=cpc&utm_campaign=fw26&gclid=abc",
                    page_referrer = "https://www.google.it/search?q=cappotto", language = "it-IT", market = "it", engagement_time_msec = 1200 } },
                new { name = "view_item", @params = new { page_location = $"https://shop.example/it/{run}/p/coat", currency = "EUR", value = 390.5,
                    items = new[] { new { item_id = "COAT", item_name = "Cappotto", item_variant = "M", price = 390.5, quantity = 1 } } } },
                new { name = "buy_now", @params = new { } },
                new { name = "purchase", @params = new { transaction_id = "T1", value = 10, currency = "EUR" } },
                new { name = "add_to_cart", @params = new { value = "12", currency = "EUR" } },
                new { name = "add_to_cart", @params = new { value = 12 } },
                new { name = "view_item", timestamp_micros = (now.AddHours(1).ToUnixTimeMilliseconds() * 1000) },
                new { name = "view_item", timestamp_micros = (now.AddDays(-4).ToUnixTimeMilliseconds() * 1000) },
                new { name = "page_view", @params = new { page_title = new string('x', 101) } },
                new { name = "search", @params = new { search_term = new { nested = true } } },
                new { name = "view_item", @params = new { currency = "EUR", items = new[] { new { price = 10 } } } },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("accepted").GetInt32());
        var reasons = result.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("index").GetInt32(), r.GetProperty("reason").GetString())).ToArray();
        Assert.Equal([(2, "unknown_event"), (3, "server_side_only"), (4, "wrong_type:value"), (5, "missing_currency"), (6, "future_timestamp"), (7, "too_old"),
            (8, "too_long:page_title"), (9, "wrong_type:search_term"), (10, "missing:items.item_id")], reasons);

        var stored = await EventsAsync(run);
        Assert.Equal(2, stored.Count);
        var page = stored.Single(e => e.Name == EventNames.PageView);
        Assert.Equal(($"/it/{run}/?utm_source=Google&utm_medium=cpc&utm_campaign=fw26&gclid=abc", "google", "cpc", "fw26", "gclid", "www.google.it/search"),
            (page.Page, page.Source, page.Medium, page.Campaign, page.ClickId, page.Referrer));
        Assert.Equal((DeviceCategory.Mobile, "it", "IT", 1200, VisitorKind.Cookieless), (page.Device, page.Language, page.Market, page.EngagementMs, page.VisitorKind));
        var view = stored.Single(e => e.Name == EventNames.ViewItem);
        Assert.Equal((39_050L, "EUR"), (view.ValueMinor, view.Currency));
        Assert.Equal(new EventItem("COAT", "M", "Cappotto", null, 39_050, 1), Assert.Single(EventItem.ReadStored(view.Items)));
        Assert.Equal(page.VisitorId, view.VisitorId);
    }

    [Fact]
    public async Task WithoutConsent_NoCookie_AndOneBrowserIsOneVisitorForTheDay_WithConsent_AFirstPartyCookie_ThatWithdrawalRemoves()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        using var first = Browser(Desktop + " " + run);
        using var second = Browser(Desktop + " other " + run);
        Assert.False((await CollectAsync(first, PageView(run, "a"))).Headers.Contains("Set-Cookie"));
        await CollectAsync(first, PageView(run, "b"));
        await CollectAsync(second, PageView(run, "c"));
        var cookieless = await EventsAsync(run);
        Assert.All(cookieless, e => Assert.Equal(VisitorKind.Cookieless, e.VisitorKind));
        Assert.Equal(2, cookieless.Select(e => e.VisitorId).Distinct().Count());
        Assert.Equal(cookieless.Single(e => e.Page!.EndsWith("/a", StringComparison.Ordinal)).VisitorId,
            cookieless.Single(e => e.Page!.EndsWith("/b", StringComparison.Ordinal)).VisitorId);

        var consented = $"{ConsentPolicy.CookieName}={ConsentPolicy.Format(analytics: true, marketing: false, Guid.NewGuid(), DateTimeOffset.UtcNow)}";
        var given = await CollectAsync(first, PageView(run + "x", "d"), consented);
        var cookie = Assert.Single(given.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AnalyticsCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=34128000", cookie, StringComparison.OrdinalIgnoreCase);
        var visitor = cookie.Split(';')[0].Split('=', 2)[1];
        // A second request sent before the first's cookie came back is the same visitor, not another.
        var meanwhile = await CollectAsync(first, PageView(run + "x", "d2"), consented);
        Assert.Contains(meanwhile.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{AnalyticsCookie.Name}={visitor};", StringComparison.Ordinal));
        await CollectAsync(first, PageView(run + "x", "e"), $"{consented}; {AnalyticsCookie.Name}={visitor}");
        var withCookie = await EventsAsync(run + "x");
        Assert.All(withCookie, e => Assert.Equal((Guid.ParseExact(visitor, "N"), VisitorKind.Cookie), (e.VisitorId, e.VisitorKind)));

        var withdrawn = $"{ConsentPolicy.CookieName}={ConsentPolicy.Format(analytics: false, marketing: false, Guid.NewGuid(), DateTimeOffset.UtcNow)}";
        var after = await CollectAsync(first, PageView(run + "y", "f"), $"{withdrawn}; {AnalyticsCookie.Name}={visitor}");
        Assert.Contains(after.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AnalyticsCookie.Name + "=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));
        Assert.Equal(VisitorKind.Cookieless, Assert.Single(await EventsAsync(run + "y")).VisitorKind);
    }

    [Fact]
    public async Task PastDaysSalts_AreDeleted_TodaysStays()
    {
        using var browser = Browser(Desktop);
        await CollectAsync(browser, PageView(Guid.NewGuid().ToString("N")[..10], "salt"));
        var today = ReportingDays.Today(TimeProvider.System, app.Services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Zone);
        var yesterday = today.AddDays(-1);
        await app.WithDbAsync(async db =>
        {
            await db.Set<VisitorSalt>().Where(s => s.Day == yesterday).ExecuteDeleteAsync();
            db.Add(new VisitorSalt(yesterday, new byte[32]));
            return await db.SaveChangesAsync();
        });

        await app.Services.GetRequiredService<RawEventRetention>().RunAsync(CancellationToken.None);

        var left = await app.WithDbAsync(db => db.Set<VisitorSalt>().Select(s => s.Day).ToListAsync());
        Assert.Equal([today], left);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36")]
    [InlineData("curl/8.5.0")]
    [InlineData("")]
    public async Task RobotsAndProgramsWithoutASecret_AreToldTheirEventsWereRefused_AndNothingOfThemIsStored(string userAgent)
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        using var robot = Browser(userAgent);
        var result = await (await CollectAsync(robot, PageView(run, "crawl"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((0, 1), (result.GetProperty("accepted").GetInt32(), result.GetProperty("filtered").GetInt32()));
        var refused = Assert.Single(result.GetProperty("rejected").EnumerateArray());
        Assert.Equal((0, "automated_agent"), (refused.GetProperty("index").GetInt32(), refused.GetProperty("reason").GetString()));
        Assert.Empty(await EventsAsync(run));
    }

    [Fact]
    public async Task AServerWithADataStreamsSecret_IsTakenWhateverItsUserAgent_AWrongOrRevokedSecretIsRefused()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var made = await marketing.SubmitAsync("/admin/analytics/streams", "Create", new() { ["Name"] = "Order server " + run });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var page = await made.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(page, "<code id=\"stream-secret\">(vas_[A-Za-z0-9]{40})</code>").Groups[1].Value;
        Assert.NotEmpty(secret);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "analytics.stream-created" && a.Subject == "stream:Order server " + run)));
        var duplicate = await marketing.SubmitAsync("/admin/analytics/streams", "Create", new() { ["Name"] = "Order server " + run });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("already called", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var server = Browser("python-requests/2.32.3");
        var body = new { client_id = "browser-" + run, events = new[] { new { name = "page_view", @params = new { page_location = $"https://shop.example/{run}/server" } } } };
        var taken = await server.PostAsync($"{CollectEndpoint.Path}?api_secret={secret}", Json(body));
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var result = await taken.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 0), (result.GetProperty("accepted").GetInt32(), result.GetProperty("rejected").GetArrayLength()));
        var stored = Assert.Single(await EventsAsync(run));
        Assert.Equal(Visitor.FromClientId("browser-" + run), new Visitor(stored.VisitorId, stored.VisitorKind));

        await AssertProblem(server, $"{CollectEndpoint.Path}?api_secret={secret}", JsonSerializer.Serialize(PageView(run, "nobody")), HttpStatusCode.BadRequest, "client_id");
        await AssertProblem(server, $"{CollectEndpoint.Path}?api_secret=vas_not-a-secret", JsonSerializer.Serialize(body), HttpStatusCode.Forbidden, "no active data stream");

        var id = await app.WithDbAsync(db => db.Set<DataStream>().Where(s => s.Name == "Order server " + run).Select(s => s.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await marketing.SubmitAsync("/admin/analytics/streams", "Revoke", new() { ["id"] = $"{id}" })).StatusCode);
        await AssertProblem(server, $"{CollectEndpoint.Path}?api_secret={secret}", JsonSerializer.Serialize(body), HttpStatusCode.Forbidden, "no active data stream");
        Assert.Single(await EventsAsync(run));

        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse), "a long test password");
        Assert.StartsWith("/admin/denied", (await warehouse.Client.GetAsync("/admin/analytics/streams")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        // The tab shows only to those who may open it: an e-commerce manager reads the dashboards, not the streams.
        var ecommerce = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.EcommerceManager), "a long test password");
        Assert.DoesNotContain("href=\"/admin/analytics/streams\"", await ecommerce.Client.GetStringAsync("/admin/analytics"), StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/analytics/streams\"", await marketing.Client.GetStringAsync("/admin/analytics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStorefrontOnItsOwnDomain_IsNoReferrerToItself()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        using var browser = Browser(Desktop);

        // The collector answers on this app's host; the pages are on shop.example.
        await CollectAsync(browser, new
        {
            events = new object[]
            {
                new { name = "page_view", @params = new { page_location = $"https://shop.example/{run}/a", page_referrer = "https://www.vogue.it/moda" } },
                new { name = "page_view", @params = new { page_referrer = $"https://shop.example/{run}/a", page_location = $"https://shop.example/{run}/b" } },
            },
        });

        var stored = await EventsAsync(run);
        Assert.Equal(new string?[] { "www.vogue.it/moda", null }, stored.OrderBy(e => e.Page).Select(e => e.Referrer));
    }

    [Fact]
    public async Task AnAutoTaggedAdClick_KeepsItsClickIdAndCampaignId_ForTheReportsThatNameThem()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        using var browser = Browser(Desktop);

        await CollectAsync(browser, new
        {
            events = new object[]
            {
                new { name = "page_view", @params = new { page_location = $"https://shop.example/{run}/a?gclid=Cj0K{run}&gad_source=1&gad_campaignid=21034567" } },
                new { name = "page_view", @params = new { page_location = $"https://shop.example/{run}/b?utm_source=google&utm_medium=cpc&utm_id=998" } },
            },
        });

        var stored = await EventsAsync(run);
        Assert.Equal([("gclid", $"Cj0K{run}", "21034567"), (null, null, "998")], stored.OrderBy(e => e.Page).Select(e => (e.ClickId, e.ClickKey, e.CampaignId)));
    }

    [Fact]
    public async Task UnreadableBatches_AreRefusedWithProblemDetails_ThatSayWhatToSend()
    {
        using var browser = Browser(Desktop);
        await AssertProblem(browser, "{not json", HttpStatusCode.BadRequest, "must be JSON");
        var foreign = new HttpRequestMessage(HttpMethod.Post, CollectEndpoint.Path) { Content = Json(PageView("foreign", "x")), Headers = { { "Origin", "https://spam.example" } } };
        var refused = await browser.SendAsync(foreign);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("AllowedOrigins", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var own = new HttpRequestMessage(HttpMethod.Post, CollectEndpoint.Path) { Content = Json(PageView("own", "x")), Headers = { { "Origin", "http://localhost" } } };
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(own)).StatusCode);
        await AssertProblem(browser, "[]", HttpStatusCode.BadRequest, "JSON object");
        await AssertProblem(browser, "{\"events\": {}}", HttpStatusCode.BadRequest, "must be an array");
        await AssertProblem(browser, JsonSerializer.Serialize(new { events = Enumerable.Range(0, 26).Select(_ => new { name = "page_view" }) }),
            HttpStatusCode.BadRequest, "1 to 25 events");
        await AssertProblem(browser, JsonSerializer.Serialize(new { client_id = 42, events = new[] { new { name = "page_view" } } }), HttpStatusCode.BadRequest,
            "client_id");
        await AssertProblem(browser, "{\"events\": [" + string.Join(',', Enumerable.Repeat("{\"name\":\"page_view\",\"params\":{\"page_title\":\"" + new string('x', 90) + "\"}}", 800)) + "]}",
            HttpStatusCode.RequestEntityTooLarge, "at most 64 KB");
    }

    [Fact]
    public async Task AnOrder_IsThePurchaseOfTheVisitThatLedToIt_ItsCancellationTakesTheRevenueBack_AndTheDayAddsUp()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var clientId = "client-" + run;
        using var browser = Browser(Desktop);
        var (sku, _) = await app.SkuWithUnitsAsync(units: 5, pick: 25);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync(CollectEndpoint.Path, Json(new
        {
            client_id = clientId,
            events = new object[]
            {
                new { name = "page_view", @params = new { page_location = $"https://shop.example/it/{run}?utm_source=newsletter&utm_medium=email&utm_campaign={run}", market = "IT", language = "it" } },
                new { name = "add_to_cart", @params = new { currency = "EUR", value = 10, items = new[] { new { item_id = "STYLE", item_variant = "M", price = 10, quantity = 1 } } } },
            },
        }))).StatusCode);

        var cart = await Shopper.CartAsync(browser, "IT", sku, 1);
        var total = await Shopper.TotalAsync(browser, cart, "IT-STD");
        var body = JsonSerializer.SerializeToElement(Shopper.Body(cart, "IT", "it", $"{run}@example.com", Shopper.ItalianAddress, "IT-STD", total));
        var withClient = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body.GetRawText())!;
        withClient["clientId"] = JsonSerializer.SerializeToElement(clientId);
        var placed = await Shopper.PlaceAsync(browser, Guid.NewGuid().ToString(), withClient);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var number = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        using var service = await StaffSession.ApiClientAsync(app, StaffRoles.Agent);
        Assert.Equal(HttpStatusCode.OK, (await service.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/cancel", new { reason = "changed their mind" })).StatusCode);

        await app.HandleEventsAsync();
        var events = await app.WithDbAsync(db => db.Set<RawEvent>().AsNoTracking().Where(e => e.TransactionId == number).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([EventNames.Purchase, EventNames.Refund], events.Select(e => e.Name));
        var purchase = events[0];
        Assert.Equal((Visitor.FromClientId(clientId).Id, Money.FromMajor(total, Currency.Eur).Minor, "EUR", "IT"),
            (purchase.VisitorId, purchase.ValueMinor, purchase.Currency, purchase.Market));
        Assert.StartsWith("e:", purchase.UserId, StringComparison.Ordinal);
        Assert.Equal(Money.FromMajor(total, Currency.Eur).Minor, events[1].ValueMinor);

        var today = ReportingDays.Today(TimeProvider.System, app.Services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Zone);
        await app.Services.GetRequiredService<DayAggregation>().RebuildAsync(today, CancellationToken.None);

        var conversion = await app.WithDbAsync(db => db.Set<Conversion>().SingleAsync(c => c.TransactionId == number));
        Assert.Equal((Channel.Email, run, $"/it/{run}", Money.FromMajor(total, Currency.Eur).Minor), (conversion.Channel, conversion.Campaign, conversion.Landing, conversion.RevenueMinor));
        // The order's VAT travels with its purchase (goods before discounts, shipping), so sales can be told without it:
        // at Italy's 22%, prices VAT included, the VAT is 22/122 of the total, goods and shipping alike.
        using var parameters = JsonDocument.Parse(purchase.Params!);
        var (tax, itemsTax, shippingTax) = (parameters.RootElement.GetProperty("tax").GetInt64(), parameters.RootElement.GetProperty("items_tax").GetInt64(),
            parameters.RootElement.GetProperty("shipping_tax").GetInt64());
        Assert.Equal(tax, itemsTax + shippingTax);
        Assert.InRange(tax, (conversion.RevenueMinor * 22 / 122) - 1, (conversion.RevenueMinor * 22 / 122) + 1);
        Assert.Equal((tax, conversion.RevenueMinor), (conversion.TaxMinor, conversion.NetSalesMinor + conversion.ShippingMinor + conversion.TaxMinor));
        var session = await app.WithDbAsync(db => db.Set<Session>().SingleAsync(s => s.Campaign == run));
        Assert.Equal((1, FunnelSteps.AddToCart | FunnelSteps.Purchase, true), (session.Orders, session.Steps, session.Engaged));
        var campaign = await app.WithDbAsync(db => db.Set<DailyBreakdown>().SingleAsync(b => b.Dimension == Dimension.Campaign && b.Value == run && b.Day == today));
        // Cancelled before the charge: its total leaves the sales, and it is no refund.
        Assert.Equal((1, 1, 1, Money.FromMajor(total, Currency.Eur).Minor, Money.FromMajor(total, Currency.Eur).Minor, 0L),
            (campaign.Sessions, campaign.Orders, campaign.Cancellations, campaign.RevenueMinor, campaign.CancelledMinor, campaign.RefundsMinor));
    }

    [Fact]
    public async Task ALateEvent_BringsItsSettledDayBack_AndTheNextAggregationCountsIt()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var at = DateTimeOffset.UtcNow.AddHours(-50);
        var zone = app.Services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Zone;
        var day = ReportingDays.Of(at, zone);
        var before = await app.WithDbAsync(db => db.Set<PendingDay>().Where(d => d.Day == day).Select(d => d.Version).FirstOrDefaultAsync());
        using var browser = Browser(Desktop);

        await CollectAsync(browser, new
        {
            events = new[] { new { name = "page_view", timestamp_micros = at.ToUnixTimeMilliseconds() * 1000, @params = new { page_location = $"https://shop.example/{run}/late?utm_source=late&utm_medium=email&utm_campaign={run}" } } },
        });

        var pending = await app.WithDbAsync(db => db.Set<PendingDay>().SingleAsync(d => d.Day == day));
        Assert.True(pending.Version > before && pending.Version > pending.AggregatedVersion);
        Assert.Contains(day, (await app.Services.GetRequiredService<DayAggregation>().RunAsync(CancellationToken.None)).Select(r => r.Day));
        var session = await app.WithDbAsync(db => db.Set<Session>().SingleAsync(s => s.Campaign == run));
        Assert.Equal((day, Channel.Email), (session.Day, session.Channel));
        var rebuilt = await app.WithDbAsync(db => db.Set<PendingDay>().SingleAsync(d => d.Day == day));
        Assert.Equal(rebuilt.Version, rebuilt.AggregatedVersion);
    }

    private HttpClient Browser(string userAgent)
    {
        var client = app.CreateClient(new() { HandleCookies = false });
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        return client;
    }

    private static object PageView(string run, string page) =>
        new { events = new[] { new { name = "page_view", @params = new { page_location = $"https://shop.example/{run}/{page}" } } } };

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "text/plain");

    private static async Task<HttpResponseMessage> CollectAsync(HttpClient client, object body, string? cookies = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, CollectEndpoint.Path) { Content = Json(body) };
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static Task AssertProblem(HttpClient client, string body, HttpStatusCode status, string says) =>
        AssertProblem(client, CollectEndpoint.Path, body, status, says);

    private static async Task AssertProblem(HttpClient client, string path, string body, HttpStatusCode status, string says)
    {
        var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "text/plain"));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private Task<List<RawEvent>> EventsAsync(string run) =>
        app.WithDbAsync(db => db.Set<RawEvent>().AsNoTracking().Where(e => e.Page != null && e.Page.Contains("/" + run + "/")).ToListAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCollectTests(SqliteAppFixture fixture) : CollectContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCollectTests(PostgresAppFixture fixture) : CollectContract(fixture);
