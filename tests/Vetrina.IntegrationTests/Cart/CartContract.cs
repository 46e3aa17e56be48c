using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Domain;
using Vetrina.Inventory.Domain;
using Vetrina.Catalog.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>The bag: stored in the database, live prices and stock, clear answers to every bad request.</summary>
public abstract class CartContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task Shopper_AddsToTheBag_FromTheProductPage_AndSeesLivePricesInTheirLanguage()
    {
        var (handle, sku, _) = await InStockSkuAsync(skip: 0);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var product = await client.GetStringAsync($"/ko/products/{handle}");
        Assert.Contains("action=\"/ko/cart?handler=Add\"", product, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", product, StringComparison.Ordinal);

        var added = await client.PostAsync("/ko/cart?handler=Add", Form(("sku", sku), ("quantity", "2")));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var cookie = added.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vetrina_cart=", StringComparison.Ordinal));
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        Assert.Equal($"/ko/cart?added={Uri.EscapeDataString(sku)}&units=2", added.Headers.Location!.OriginalString);
        var bag = await client.GetAsync(added.Headers.Location);
        Assert.Contains("no-store", bag.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await bag.Content.ReadAsStringAsync());
        Assert.Contains("쇼핑백에 담았습니다.", html, StringComparison.Ordinal);
        // The add is told to analytics from here, once it succeeded, with the bag it went into and the units added.
        var bagId = cookie.Split(';')[0]["vetrina_cart=".Length..];
        Assert.Matches($$"""\{"name":"add_to_cart","params":\{[^}]*"value":[0-9.]+,"cart_id":"{{bagId}}","items":\[\{[^]]*"quantity":2\}\]""", html);
        Assert.Contains("₩", html, StringComparison.Ordinal);
        Assert.Contains("selected=\"selected\">2</option>", html.Replace("<option value=\"2\" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // The bag lives in the database: another client with the same cookie (another node) sees it.
        var id = Guid.Parse(cookie.Split(';')[0].Split('=')[1]);
        var lines = await app.WithDbAsync(db => db.Set<Cart.Domain.ShoppingCart>().Where(c => c.Id == id).SelectMany(c => c.Lines).ToListAsync());
        Assert.Equal(2, Assert.Single(lines).Quantity);
    }

    [Fact]
    public async Task Bag_RefusesMoreThanIsInStock_AndSaysHowManyAreLeft()
    {
        var (_, sku, available) = await InStockSkuAsync(skip: 1);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsync("/en/cart?handler=Add", Form(("sku", sku), ("quantity", $"{available + 1}")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"Only {available} left", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "1", "Choose a size first")]
    [InlineData("NO-SUCH-SKU", "1", "This item is no longer in the shop.")]
    [InlineData("{sku}", "0", "You can buy up to 10 of each item.")]
    [InlineData("{sku}", "-1", "You can buy up to 10 of each item.")]
    [InlineData("{sku}", "1000000000", "You can buy up to 10 of each item.")]
    [InlineData("{sku}", "two", "You can buy up to 10 of each item.")]
    public async Task BadAdds_GetAClearMessage_AndNoBag(string sku, string quantity, string message)
    {
        var (_, real, _) = await InStockSkuAsync(skip: 2);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsync("/en/cart?handler=Add", Form(("sku", sku.Replace("{sku}", real, StringComparison.Ordinal)), ("quantity", quantity)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Api_CartLifecycle_WithProblemDetailsForBadRequests()
    {
        var (_, sku, available) = await InStockSkuAsync(skip: 3);
        var client = app.CreateClient();
        var created = await client.PostAsJsonAsync("/api/v1/carts", new { market = "IT" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var cart = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = cart.GetProperty("id").GetGuid();
        Assert.Equal("EUR", cart.GetProperty("currency").GetString());

        var added = await client.PostAsJsonAsync($"/api/v1/carts/{id}/lines?lang=it", new { sku, quantity = 1 });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var body = await added.Content.ReadFromJsonAsync<JsonElement>();
        var line = body.GetProperty("lines")[0];
        Assert.Equal(sku, line.GetProperty("sku").GetString());
        Assert.True(body.GetProperty("ready").GetBoolean());
        var subtotal = body.GetProperty("subtotal").GetProperty("amount").GetDecimal();
        var vat = body.GetProperty("vatIncluded").GetProperty("amount").GetDecimal();
        Assert.Equal(Math.Round(subtotal - (subtotal / 1.22m), 2, MidpointRounding.AwayFromZero), vat);

        var lineId = line.GetProperty("id").GetInt32();
        var tooMany = await client.PatchAsJsonAsync($"/api/v1/carts/{id}/lines/{lineId}", new { quantity = 11 });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var stock = await client.PatchAsJsonAsync($"/api/v1/carts/{id}/lines/{lineId}", new { quantity = available + 1 });
        Assert.Equal(HttpStatusCode.Conflict, stock.StatusCode);
        Assert.Equal(available, (await stock.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("available").GetInt32());

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/carts/{id}/lines", new { sku = "NOPE", quantity = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/carts/{id}/lines", new { sku, quantity = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/carts/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/carts", new { market = "XX" })).StatusCode);

        var removed = await client.DeleteAsync($"/api/v1/carts/{id}/lines/{lineId}");
        Assert.Empty((await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").EnumerateArray());
    }

    [Fact]
    public async Task BagsUnusedForSixtyDays_AreRemoved_OthersStay()
    {
        var (_, sku, _) = await InStockSkuAsync(skip: 4);
        var skuId = await app.WithDbAsync(db => db.Set<Sku>().Where(k => k.Code == sku).Select(k => k.Id).SingleAsync());
        var (stale, fresh) = (Guid.NewGuid(), Guid.NewGuid());
        await app.WithDbAsync(async db =>
        {
            var old = new Cart.Domain.ShoppingCart(stale, "IT", DateTimeOffset.UtcNow.AddDays(-61));
            old.Add(skuId, 1, 100, 1, DateTimeOffset.UtcNow.AddDays(-61));
            db.AddRange(old, new Cart.Domain.ShoppingCart(fresh, "IT", DateTimeOffset.UtcNow.AddDays(-59)));
            return await db.SaveChangesAsync();
        });

        Assert.True(await app.Services.GetRequiredService<Cart.Shopping.CartRetention>().RemoveStaleAsync() >= 1);
        var left = await app.WithDbAsync(db => db.Set<Cart.Domain.ShoppingCart>().Where(c => c.Id == stale || c.Id == fresh).Select(c => c.Id).ToListAsync());
        Assert.Equal([fresh], left);
        Assert.False(await app.WithDbAsync(db => db.Set<Cart.Domain.CartLine>().AnyAsync(l => l.CartId == stale)));
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    /// <summary>A SKU of a full-price style with 1 to 9 units online; each test takes its own, so they do not share lines or stock.</summary>
    private Task<(string Handle, string Sku, int Available)> InStockSkuAsync(int skip) => app.WithDbAsync(async db =>
    {
        var online = await db.Set<StockLocation>().Where(l => l.FulfilsOnline).Select(l => l.Code).ToListAsync();
        var levels = await db.Set<StockLevel>().Where(l => online.Contains(l.LocationCode) && l.OnHand - l.Reserved > 0 && l.OnHand - l.Reserved < 10)
            .Select(l => new { l.SkuId, Available = l.OnHand - l.Reserved }).ToListAsync();
        var styles = await db.Set<Style>().Include(s => s.Colourways).ThenInclude(c => c.Skus).Include(s => s.Handles)
            .Where(s => s.Lifecycle == Lifecycle.FullPrice).OrderBy(s => s.Id).ToListAsync();
        var candidates = styles.SelectMany(s => s.Colourways.SelectMany(c => c.Skus).Select(k => (Style: s, Sku: k)))
            .Join(levels, x => x.Sku.Id, l => l.SkuId, (x, l) => (Handle: x.Style.HandleFor("ko"), x.Sku.Code, l.Available))
            .DistinctBy(x => x.Handle)
            .ToList();
        var pick = candidates[skip * 7 % candidates.Count];
        return (pick.Handle, pick.Code, pick.Available);
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCartTests(SqliteAppFixture fixture) : CartContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCartTests(PostgresAppFixture fixture) : CartContract(fixture);
