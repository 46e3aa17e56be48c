using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Domain;
using Vetrina.Inventory.Domain;
using Vetrina.Kernel;
using Vetrina.Orders.Domain;
using Vetrina.Payments.TestNetwork;
using Vetrina.Promotions.Domain;
using static Vetrina.IntegrationTests.Shopper;
using Vetrina.Orders.Aftersales;
using Vetrina.Catalog.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>Discount codes and automatic promotions: applied in the quote, checked again at placement, counted exactly.</summary>
public abstract class DiscountContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task APercentCode_TakesItsShareOff_TheOrderRecordsIt_AndOneShopperUsesItOnce()
    {
        var code = await CodeAsync(new DiscountCode(Unique("TEN"), DiscountKind.Percent, 1000, null, 0, null, null, null, null, 1, null, false));
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 33);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        var plain = await QuoteAsync(client, cart, "IT-STD", null);
        var quote = await QuoteAsync(client, cart, "IT-STD", code.ToLowerInvariant());

        var subtotal = plain.GetProperty("subtotal").GetProperty("amount").GetDecimal();
        var discount = Assert.Single(quote.GetProperty("discounts").EnumerateArray()).GetProperty("amount").GetProperty("amount").GetDecimal();
        Assert.Equal(Math.Round(subtotal * 0.10m, 2, MidpointRounding.AwayFromZero), discount);
        Assert.Equal(plain.GetProperty("total").GetProperty("amount").GetDecimal() - discount, quote.GetProperty("total").GetProperty("amount").GetDecimal());
        Assert.True(quote.GetProperty("vat")[0].GetProperty("vat").GetProperty("amount").GetDecimal() < plain.GetProperty("vat")[0].GetProperty("vat").GetProperty("amount").GetDecimal());

        var email = $"sconto.{Guid.NewGuid():N}@example.com";
        var placed = await PlaceAsync(client, Guid.NewGuid().ToString(), WithCode(Body(cart, "IT", "it", email, ItalianAddress, "IT-STD",
            quote.GetProperty("total").GetProperty("amount").GetDecimal()), code));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(discount, order.GetProperty("discount").GetProperty("amount").GetDecimal());
        Assert.Equal(code, order.GetProperty("discountLabel").GetString());

        var again = await CartAsync(client, "IT", sku, 1);
        var second = await PlaceAsync(client, Guid.NewGuid().ToString(), WithCode(Body(again, "IT", "it", email, ItalianAddress, "IT-STD",
            (await QuoteAsync(client, again, "IT-STD", code)).GetProperty("total").GetProperty("amount").GetDecimal()), code));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("already used", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AOncePerCustomerCode_RacedByOneShoppersSixCheckouts_IsUsedOnce_AndACancellationGivesTheUseBack()
    {
        var code = await CodeAsync(new DiscountCode(Unique("ONCE"), DiscountKind.Percent, 1000, null, 0, null, null, null, null, 1, null, false));
        var (sku, _) = await app.SkuWithUnitsAsync(20, pick: 58);
        using var client = app.CreateClient();
        var email = $"una.volta.{Guid.NewGuid():N}@example.com";
        var carts = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            carts.Add(await CartAsync(client, "IT", sku, 1));
        }

        var total = (await QuoteAsync(client, carts[0], "IT-STD", code)).GetProperty("total").GetProperty("amount").GetDecimal();
        var responses = await Task.WhenAll(carts.Select(cart =>
            PlaceAsync(client, Guid.NewGuid().ToString(), WithCode(Body(cart, "IT", "it", email, ItalianAddress, "IT-STD", total), code))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("already used", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(1, await TimesUsedAsync(code));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var orderId = await app.WithDbAsync(db => db.Set<Orders.Domain.Order>().Where(o => o.Email == email).Select(o => o.Id).SingleAsync());
            Assert.True((await scope.ServiceProvider.GetRequiredService<Orders.Aftersales.OrderAdministration>().CancelAsync(orderId, "changed mind", "test")).Succeeded);
        }

        var again = await CartAsync(client, "IT", sku, 1);
        Assert.Equal(HttpStatusCode.Created, (await PlaceAsync(client, Guid.NewGuid().ToString(), WithCode(Body(again, "IT", "it", email, ItalianAddress, "IT-STD",
            (await QuoteAsync(client, again, "IT-STD", code)).GetProperty("total").GetProperty("amount").GetDecimal()), code))).StatusCode);
    }

    [Fact]
    public async Task ACodeLimitedToThreeUses_IsUsedThreeTimes_HoweverManyCheckoutsRace_AndACancelledOrderGivesItsUseBack()
    {
        var code = await CodeAsync(new DiscountCode(Unique("THREE"), DiscountKind.Fixed, 0, Currency.Eur, 500, null, null, null, 3, null, null, true));
        var (sku, _) = await app.SkuWithUnitsAsync(20, pick: 34);
        using var client = app.CreateClient();
        var carts = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            carts.Add(await CartAsync(client, "IT", sku, 1));
        }

        var total = (await QuoteAsync(client, carts[0], "IT-STD", code)).GetProperty("total").GetProperty("amount").GetDecimal();
        var responses = await Task.WhenAll(carts.Select((cart, i) =>
            PlaceAsync(client, Guid.NewGuid().ToString(), WithCode(Body(cart, "IT", "it", $"race{i}.{Guid.NewGuid():N}@example.com", ItalianAddress, "IT-STD", total), code))));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(3, await TimesUsedAsync(code));
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<Order>().CountAsync(o => o.DiscountLabel == code)));

        var manager = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, Kernel.Security.StaffRoles.EcommerceManager), "a long test password");
        var number = (await responses.First(r => r.StatusCode == HttpStatusCode.Created).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync($"/admin/orders/{number}", "Cancel", new() { ["reason"] = "changed mind" })).StatusCode);
        Assert.Equal(2, await TimesUsedAsync(code));
    }

    [Fact]
    public async Task CodesThatDoNotApply_SayWhy_AndPlaceNothing()
    {
        var expired = await CodeAsync(new DiscountCode(Unique("OLD"), DiscountKind.Percent, 2000, null, 0, null, null, DateTimeOffset.UtcNow.AddDays(-1), null, null, null, false));
        var euro = await CodeAsync(new DiscountCode(Unique("EURO"), DiscountKind.FreeShipping, 0, Currency.Eur, 0, null, null, null, null, null, null, true));
        var big = await CodeAsync(new DiscountCode(Unique("BIG"), DiscountKind.Percent, 1500, Currency.Eur, 0, 10_000_000, null, null, null, null, null, false));
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 35);
        using var client = app.CreateClient();
        var italian = await CartAsync(client, "IT", sku, 1);
        var korean = await CartAsync(client, "KR", sku, 1);

        Assert.Equal("discount_expired", (await QuoteAsync(client, italian, "IT-STD", expired)).GetProperty("discountProblem").GetString());
        Assert.Equal("discount_unknown", (await QuoteAsync(client, italian, "IT-STD", "NO-SUCH-CODE")).GetProperty("discountProblem").GetString());
        Assert.Equal("discount_minimum_spend", (await QuoteAsync(client, italian, "IT-STD", big)).GetProperty("discountProblem").GetString());
        Assert.Equal("discount_other_market", (await QuoteAsync(client, korean, "KR-STD", euro)).GetProperty("discountProblem").GetString());

        var total = (await QuoteAsync(client, italian, "IT-STD", null)).GetProperty("total").GetProperty("amount").GetDecimal();
        var placed = await PlaceAsync(client, Guid.NewGuid().ToString(), WithCode(Body(italian, "IT", "en", "expired@example.com", ItalianAddress, "IT-STD", total), expired));
        Assert.Equal(HttpStatusCode.BadRequest, placed.StatusCode);
        Assert.Contains("discountCode", await placed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<Order>().AnyAsync(o => o.Email == "expired@example.com")));
    }

    [Fact]
    public async Task BuyingTwoKnits_TakesTheAutomaticTenPercent_AndACodeThatDoesNotCombineAndSavesNoMoreIsRefused()
    {
        var sku = await KnitSkuAsync(pick: 0);
        var welcome = await CodeAsync(new DiscountCode(Unique("ALSO10"), DiscountKind.Percent, 1000, null, 0, null, null, null, null, null, null, false));
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 2);

        var quote = await QuoteAsync(client, cart, "IT-STD", null);
        var automatic = Assert.Single(quote.GetProperty("discounts").EnumerateArray());
        Assert.Equal("Buy 2 knits, save 10%", automatic.GetProperty("label").GetString());
        Assert.Equal("discount_not_combinable", (await QuoteAsync(client, cart, "IT-STD", welcome)).GetProperty("discountProblem").GetString());
        var placed = await PlaceAsync(client, Guid.NewGuid().ToString(),
            Body(cart, "IT", "en", $"knit.{Guid.NewGuid():N}@example.com", ItalianAddress, "IT-STD", quote.GetProperty("total").GetProperty("amount").GetDecimal(),
                card: TestCards.Approved));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
    }

    [Fact]
    public async Task TheMarketingManager_CreatesAndEndsACode_InTheBackOffice_AndMistakesAreNamed()
    {
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, Kernel.Security.StaffRoles.MarketingManager), "a long test password");
        var code = Unique("INFLUENCER");
        var bad = await marketing.SubmitAsync("/admin/discounts", "Code", new() { ["code"] = "x", ["kind"] = "Fixed", ["amount"] = "10.001" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("A code is 3 to 40", html, StringComparison.Ordinal);
        Assert.Contains("A fixed amount is in one currency", html, StringComparison.Ordinal);

        var created = await marketing.SubmitAsync("/admin/discounts", "Code",
            new() { ["code"] = code, ["kind"] = "Percent", ["percent"] = "15", ["perCustomer"] = "1", ["eligible"] = "category:women-knitwear, category:men-knitwear" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = await app.WithDbAsync(db => db.Set<DiscountCode>().SingleAsync(c => c.Code == code));
        Assert.Equal((1500, "category:women-knitwear,category:men-knitwear"), (saved.PercentBasisPoints, saved.Eligible));

        var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 36);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        Assert.Equal(HttpStatusCode.Redirect,
            (await marketing.SubmitAsync("/admin/discounts", "EndCode", new() { ["id"] = saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);
        Assert.Equal("discount_unknown", (await QuoteAsync(client, cart, "IT-STD", code)).GetProperty("discountProblem").GetString());
        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, Kernel.Security.StaffRoles.Warehouse), "a long test password");
        Assert.StartsWith("/admin/denied", (await warehouse.Client.GetAsync("/admin/discounts")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject WithCode(object body, string code)
    {
        var json = JsonSerializer.SerializeToNode(body)!.AsObject();
        json["discountCode"] = code;
        return json;
    }

    private static async Task<JsonElement> QuoteAsync(HttpClient client, Guid cart, string method, string? code)
    {
        var response = await client.PostAsJsonAsync("/api/v1/checkout/quote", new { cartId = cart, shippingMethod = method, discountCode = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..16].ToUpperInvariant();

    private Task<string> CodeAsync(DiscountCode code) => app.WithDbAsync(async db =>
    {
        db.Add(code);
        await db.SaveChangesAsync();
        return code.Code;
    });

    private Task<int> TimesUsedAsync(string code) => app.WithDbAsync(db => db.Set<DiscountCode>().Where(c => c.Code == code).Select(c => c.TimesUsed).SingleAsync());

    /// <summary>A full-price knitwear SKU with plenty of stock online.</summary>
    private Task<string> KnitSkuAsync(int pick) => app.WithDbAsync(async db =>
    {
        var categories = await db.Set<Category>().AsNoTracking().ToListAsync();
        var knit = categories.Where(c => c.Code.EndsWith("-knitwear", StringComparison.Ordinal)).Select(c => c.Id).ToHashSet();
        var under = categories.Where(c => knit.Contains(c.Id) || (c.ParentId is { } p && knit.Contains(p))).Select(c => c.Id).ToList();
        var style = await db.Set<Style>().Include(s => s.Colourways).ThenInclude(c => c.Skus)
            .Where(s => s.Lifecycle == Lifecycle.FullPrice && under.Contains(s.CategoryId)).OrderByDescending(s => s.Id).Skip(pick).FirstAsync();
        var sku = style.Colourways.SelectMany(c => c.Skus).OrderBy(k => k.Id).First();
        await db.Set<StockLevel>().Where(l => l.SkuId == sku.Id && l.LocationCode == "WH-MI").ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.Reserved + 10));
        return sku.Code;
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDiscountTests(SqliteAppFixture fixture) : DiscountContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlDiscountTests(PostgresAppFixture fixture) : DiscountContract(fixture);
