using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Marketing.Influencers;
using Vetrina.Payments.TestNetwork;
using Vetrina.Promotions.Domain;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Influencer commission on a hand-made case: a new customer buys two units with Giulia's code and sends one back; a
/// returning customer comes by Marco's link; a third order carries Giulia's code after Marco's link (the programme's rule
/// decides). Statements add them up, a payment freezes them, the export lists them.
/// </summary>
public abstract class InfluencerContract(AppFixture fixture)
{
    private static readonly string[] RefusedFields = ["handle", "name", "email", "newCustomerPercent"];

    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task Commission_IsAShareOfNetSalesAfterReturns_AtTheNewOrReturningRate_AndTheRuleDecidesBetweenCodeAndLink()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var code = await TenPercentCodeAsync($"GIULIA{suffix}");
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var refused = await marketing.SubmitAsync("/admin/marketing/influencers", null, new()
        {
            ["Input.Handle"] = "No Spaces", ["Input.Name"] = "", ["Input.Email"] = "x", ["Input.DiscountCode"] = "NOSUCHCODE",
            ["Input.NewCustomerPercent"] = "80", ["Input.ReturningCustomerPercent"] = "5",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("A handle is 2 to 40 lower-case letters", page, StringComparison.Ordinal);
        Assert.Contains("No discount code NOSUCHCODE exists", page, StringComparison.Ordinal);
        Assert.Contains("A commission is 0 to 50 percent of net sales.", page, StringComparison.Ordinal);
        foreach (var (handle, name, discount) in new[] { ($"giulia{suffix}", "Giulia", code), ($"marco{suffix}", "Marco", "") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await marketing.SubmitAsync("/admin/marketing/influencers", null, new()
            {
                ["Input.Handle"] = handle, ["Input.Name"] = name, ["Input.Email"] = $"{handle}@creators.example", ["Input.DiscountCode"] = discount,
                ["Input.NewCustomerPercent"] = "10", ["Input.ReturningCustomerPercent"] = "5",
            })).StatusCode);
        }

        // Marco's link leads to the shop page with his tags.
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal($"/it/collections/donna?utm_source=marco{suffix}&utm_medium=influencer&utm_campaign=influencer-marco{suffix}",
            (await browser.GetAsync($"/i/marco{suffix}?to=/it/collections/donna")).Headers.Location!.OriginalString);
        Assert.Equal("/?utm_source=marco" + suffix + "&utm_medium=influencer&utm_campaign=influencer-marco" + suffix,
            (await browser.GetAsync($"/i/marco{suffix}?to=https://evil.example/")).Headers.Location!.OriginalString);

        var (sku, _) = await app.SkuWithUnitsAsync(10, pick: 61);
        var shop = app.CreateClient();
        var newcomer = $"new-{suffix}@example.com";
        var regular = $"regular-{suffix}@example.com";
        await Shopper.OrderAsync(shop, regular, (sku, 1));

        // A: a new customer, Giulia's code (10 % off), two units; one comes back.
        var a = await PlaceAsync(shop, newcomer, sku, 2, code, clientId: null);
        // B: the regular customer arrives by Marco's link and buys one unit.
        var b = await PlaceAsync(shop, regular, sku, 1, null, clientId: $"b-{suffix}");
        // Its events are handled before the click is collected, as when a browser sends its events late.
        await app.HandleEventsAsync();
        await ClickedAsync($"b-{suffix}", $"marco{suffix}");
        // C: the regular customer came by Marco's link, then typed Giulia's code.
        var c = await PlaceAsync(shop, regular, sku, 1, code, clientId: $"c-{suffix}");
        await ClickedAsync($"c-{suffix}", $"marco{suffix}");

        var warehouse = await StaffSession.ApiClientAsync(app, StaffRoles.Warehouse);
        var packed = await warehouse.PostAsJsonAsync($"/api/v1/fulfilment/orders/{a.Number}/shipments", new { location = "WH-MI", lines = new[] { new { sku, quantity = 2 } } });
        var parcel = (await packed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("shipments")[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await warehouse.PostAsJsonAsync($"/api/v1/fulfilment/shipments/{parcel}/ship", new { carrier = "BRT", trackingNumber = "BRT0007778889" })).StatusCode);
        var returned = await warehouse.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/fulfilment/orders/{a.Number}/returns")
        {
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
            Content = JsonContent.Create(new { location = "WH-MI", reason = "too small", lines = new[] { new { sku, quantity = 1 } } }),
        });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);

        // The orders' events attribute A and C by their code at once, and A's return reaches its commission; B's click was
        // collected after B was placed, which the next attribution run picks up.
        await app.HandleEventsAsync();
        var byEvents = await EarnedAsync(a.Id, b.Id, c.Id);
        Assert.Equal([a.Id, c.Id], byEvents.Keys.Order());
        await AttributeAsync();
        var earned = await EarnedAsync(a.Id, b.Id, c.Id);
        // The hand-worked figures: unit price P with 22 % VAT. A kept one unit of two: P less its half of the 10 % discount, without VAT.
        var (price, vat) = await app.WithDbAsync(db => db.Set<Vetrina.Orders.Domain.OrderLine>().Where(l => l.OrderId == a.Id)
            .Select(l => new { l.UnitPriceMinor, l.VatBasisPoints }).SingleAsync().ContinueWith(t => (t.Result.UnitPriceMinor, t.Result.VatBasisPoints)));
        Assert.Equal(2200, vat);
        var netA = (long)Math.Round(price * 0.9m / 1.22m, MidpointRounding.AwayFromZero);
        Assert.Equal((Touch.Code, true, netA, (long)Math.Round(netA * 0.10m, MidpointRounding.AwayFromZero)),
            (earned[a.Id].Via, earned[a.Id].NewCustomer, earned[a.Id].NetSalesMinor, earned[a.Id].CommissionMinor));
        Assert.Equal(netA, byEvents[a.Id].NetSalesMinor);
        var netB = (long)Math.Round(price / 1.22m, MidpointRounding.AwayFromZero);
        Assert.Equal((Touch.Link, false, netB, (long)Math.Round(netB * 0.05m, MidpointRounding.AwayFromZero)),
            (earned[b.Id].Via, earned[b.Id].NewCustomer, earned[b.Id].NetSalesMinor, earned[b.Id].CommissionMinor));
        var giulia = await app.WithDbAsync(db => db.Set<Influencer>().SingleAsync(i => i.Handle == $"giulia{suffix}"));
        var marco = await app.WithDbAsync(db => db.Set<Influencer>().SingleAsync(i => i.Handle == $"marco{suffix}"));
        Assert.Equal(marco.Id, earned[b.Id].InfluencerId);
        // The code wins by default; switched to "the link wins", C moves to Marco.
        Assert.Equal((giulia.Id, Touch.Code), (earned[c.Id].InfluencerId, earned[c.Id].Via));
        Assert.Equal(HttpStatusCode.Redirect, (await marketing.SubmitAsync("/admin/marketing/influencers", "Program", new() { ["CookieDays"] = "30", ["Conflict"] = "LinkWins" })).StatusCode);
        await AttributeAsync();
        Assert.Equal((marco.Id, Touch.Link), ((await EarnedAsync(c.Id))[c.Id].InfluencerId, (await EarnedAsync(c.Id))[c.Id].Via));
        await marketing.SubmitAsync("/admin/marketing/influencers", "Program", new() { ["CookieDays"] = "30", ["Conflict"] = "CodeWins" });

        // The month's statements: Giulia has A and C, Marco has B. Paying Giulia's freezes it.
        var month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await marketing.SubmitAsync("/admin/marketing/influencers", "Statements", new() { ["Month"] = month })).StatusCode);
        var statement = await app.WithDbAsync(db => db.Set<InfluencerStatement>().SingleAsync(s => s.InfluencerId == giulia.Id));
        var cCommission = (await EarnedAsync(c.Id))[c.Id].CommissionMinor;
        Assert.Equal((2, netA + (await EarnedAsync(c.Id))[c.Id].NetSalesMinor, earned[a.Id].CommissionMinor + cCommission),
            (statement.Orders, statement.NetSalesMinor, statement.CommissionMinor));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await marketing.SubmitAsync("/admin/marketing/influencers", "Pay", new() { ["StatementId"] = $"{statement.Id}", ["Reference"] = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await marketing.SubmitAsync("/admin/marketing/influencers", "Pay", new() { ["StatementId"] = $"{statement.Id}", ["Reference"] = "SEPA-2026-0042" })).StatusCode);
        var csv = await marketing.Client.GetStringAsync("/admin/marketing/influencers?handler=Csv");
        Assert.Contains($",giulia{suffix},\"Giulia\",giulia{suffix}@creators.example,EUR,2,", csv, StringComparison.Ordinal);
        Assert.Contains(",SEPA-2026-0042", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApi_AddsInfluencers_ListsTheirOrders_IssuesAndPaysStatements_AndExportsThem()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var code = await TenPercentCodeAsync($"SOOA{suffix}");
        var api = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await StaffSession.ApiClientAsync(app, StaffRoles.Warehouse)).GetAsync("/api/v1/marketing/influencers")).StatusCode);

        var refused = await api.PostAsJsonAsync("/api/v1/marketing/influencers", new { handle = "No Spaces", name = "", email = "x", newCustomerPercent = 80, returningCustomerPercent = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problems = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(RefusedFields, field => Assert.True(problems.TryGetProperty(field, out _), field));
        var handle = $"sooa{suffix}";
        var added = await api.PostAsJsonAsync("/api/v1/marketing/influencers", new
        {
            handle, name = "Soo-a", email = $"{handle}@creators.example", networks = "Instagram, Naver Blog", discountCode = code.ToLowerInvariant(),
            newCustomerPercent = 12.5, returningCustomerPercent = 5,
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal($"/i/{handle}", (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/marketing/influencers/nobody{suffix}/orders")).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await api.PutAsJsonAsync("/api/v1/marketing/influencers/program", new { cookieDays = 30, conflict = "whoever" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PutAsJsonAsync("/api/v1/marketing/influencers/program", new { cookieDays = 400, conflict = "code-wins" })).StatusCode);
        var program = await (await api.PutAsJsonAsync("/api/v1/marketing/influencers/program", new { cookieDays = 14, conflict = "code-wins" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((14, "code-wins"), (program.GetProperty("cookieDays").GetInt32(), program.GetProperty("conflict").GetString()));
        await api.PutAsJsonAsync("/api/v1/marketing/influencers/program", new { cookieDays = 30, conflict = "code-wins" });

        var (sku, _) = await app.SkuWithUnitsAsync(4, pick: 6);
        var order = await PlaceAsync(app.CreateClient(), $"fan-{suffix}@example.com", sku, 1, code, clientId: null);
        await app.HandleEventsAsync();
        Assert.Equal(Touch.Code, (await EarnedAsync(order.Id))[order.Id].Via);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync("/api/v1/marketing/influencers/statements?month=November", null)).StatusCode);
        var month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/marketing/influencers/statements?month={month}", null)).StatusCode);

        var earned = Assert.Single((await api.GetFromJsonAsync<JsonElement>($"/api/v1/marketing/influencers/{handle}/orders")).EnumerateArray());
        Assert.Equal((order.Id, "code", true, 12.5m), (earned.GetProperty("orderId").GetInt64(), earned.GetProperty("via").GetString(),
            earned.GetProperty("newCustomer").GetBoolean(), earned.GetProperty("ratePercent").GetDecimal()));
        var net = earned.GetProperty("netSales").GetProperty("amount").GetDecimal();
        Assert.Equal(Math.Round(net * 0.125m, 2, MidpointRounding.AwayFromZero), earned.GetProperty("commission").GetProperty("amount").GetDecimal());
        var listed = (await api.GetFromJsonAsync<JsonElement>("/api/v1/marketing/influencers")).EnumerateArray().Single(i => i.GetProperty("handle").GetString() == handle);
        Assert.Equal((1, "EUR", net), (listed.GetProperty("orders").GetInt32(), listed.GetProperty("earned")[0].GetProperty("netSales").GetProperty("currency").GetString(),
            listed.GetProperty("earned")[0].GetProperty("netSales").GetProperty("amount").GetDecimal()));

        var statement = (await api.GetFromJsonAsync<JsonElement>("/api/v1/marketing/influencers/statements")).EnumerateArray().Single(s => s.GetProperty("handle").GetString() == handle);
        Assert.Equal((month, 1), (statement.GetProperty("month").GetString(), statement.GetProperty("orders").GetInt32()));
        var id = statement.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/v1/marketing/influencers/statements/{id}/payment", new { reference = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/v1/marketing/influencers/statements/-1/payment", new { reference = "SEPA-KR-77" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync($"/api/v1/marketing/influencers/statements/{id}/payment", new { reference = "SEPA-KR-77" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/marketing/influencers/statements/{id}/payment", new { reference = "SEPA-KR-78" })).StatusCode);
        var csv = await api.GetStringAsync("/api/v1/marketing/influencers/statements.csv");
        Assert.Contains($",{handle},\"Soo-a\",{handle}@creators.example,EUR,1,", csv, StringComparison.Ordinal);
        Assert.Contains(",SEPA-KR-77", csv, StringComparison.Ordinal);
    }

    private async Task<string> TenPercentCodeAsync(string name)
    {
        var code = name.ToUpperInvariant();
        await app.WithDbAsync(db =>
        {
            db.Add(new DiscountCode(code, DiscountKind.Percent, 1000, null, 0, null, null, null, null, null, null, false));
            return db.SaveChangesAsync();
        });
        return code;
    }

    private async Task<(long Id, string Number)> PlaceAsync(HttpClient shop, string email, string sku, int quantity, string? code, string? clientId)
    {
        var cart = await Shopper.CartAsync(shop, "IT", sku, quantity);
        var quote = await (await shop.PostAsJsonAsync("/api/v1/checkout/quote", new { cartId = cart, shippingMethod = "IT-STD", discountCode = code }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var response = await Shopper.PlaceAsync(shop, Guid.NewGuid().ToString(), new
        {
            cartId = cart, market = "IT", language = "it", email, shippingAddress = Shopper.ItalianAddress, shippingMethod = "IT-STD", acceptTerms = true,
            card = new { number = TestCards.Approved, expiryMonth = 12, expiryYear = DateTime.UtcNow.Year + 2, cvc = "123" },
            expectedTotal = quote.GetProperty("total").GetProperty("amount").GetDecimal(), discountCode = code, clientId,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var number = JsonDocument.Parse(body).RootElement.GetProperty("number").GetString()!;
        var id = await app.WithDbAsync(db => db.Set<Vetrina.Orders.Domain.Order>().Where(o => o.Email == email).OrderByDescending(o => o.Id).Select(o => o.Id).FirstAsync());
        return (id, number);
    }

    private Task<int> ClickedAsync(string clientId, string handle) => app.WithDbAsync(db =>
    {
        var at = DateTimeOffset.UtcNow.AddHours(-1);
        db.Add(new Vetrina.Analytics.Domain.RawEvent
        {
            Name = "page_view", OccurredAt = at, ReceivedAt = at, Day = DateOnly.FromDateTime(at.UtcDateTime), Page = "/it",
            VisitorId = Vetrina.Kernel.Visitor.FromClientId(clientId).Id, Source = handle, Medium = "influencer", Campaign = $"influencer-{handle}",
        });
        return db.SaveChangesAsync();
    });

    private async Task AttributeAsync()
    {
        await app.HandleEventsAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InfluencerAttribution>().RunAsync(CancellationToken.None);
    }

    private Task<Dictionary<long, InfluencerOrder>> EarnedAsync(params long[] orders) =>
        app.WithDbAsync(db => db.Set<InfluencerOrder>().AsNoTracking().Where(o => orders.Contains(o.OrderId)).ToDictionaryAsync(o => o.OrderId));
}

[Collection(SqliteCollection.Name)]
public sealed class InfluencersOnSqlite(SqliteAppFixture fixture) : InfluencerContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class InfluencersOnPostgres(PostgresAppFixture fixture) : InfluencerContract(fixture);
