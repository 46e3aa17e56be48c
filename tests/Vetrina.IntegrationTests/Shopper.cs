using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Kernel.Time;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using Vetrina.Catalog.Domain;
using Vetrina.Inventory.Domain;
using Vetrina.Payments.TestNetwork;
using Vetrina.Catalog.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>A shopper buying through the API, and the stock the tests give them to buy.</summary>
public static class Shopper
{
    public static readonly object ItalianAddress = new
    {
        name = "Giulia Rossi", line1 = "Via Brera 12", city = "Milano", region = "mi", postalCode = "20121", country = "IT", phone = "+39 02 1234567",
    };

    public static readonly object KoreanAddress = new
    {
        name = "김민지", line1 = "서울특별시 성동구 성수이로 78", line2 = "3층", postalCode = "04782", country = "KR", phone = "010-1234-5678",
    };

    public static object Body(Guid cart, string? market, string language, string email, object address, string method, decimal total,
        bool marketingConsent = false, bool acceptTerms = true, string card = TestCards.Approved, object? billing = null, bool acceptBackorders = false,
        bool noSimilarProductEmails = false) => new
        {
            cartId = cart,
            market,
            language,
            email,
            shippingAddress = address,
            billingAddress = billing,
            shippingMethod = method,
            marketingConsent,
            noSimilarProductEmails,
            acceptTerms,
            card = new { number = card, expiryMonth = 12, expiryYear = DateTime.UtcNow.Year + 2, cvc = "123" },
            expectedTotal = total,
            acceptBackorders,
        };

    public static Task<HttpResponseMessage> PlaceAsync(HttpClient client, string key, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/checkout")
        {
            Headers = { { "Idempotency-Key", key } },
            Content = JsonContent.Create(body),
        });

    /// <summary>Places an Italian order for the given SKUs and quantities; returns the order as the API answers it.</summary>
    public static async Task<JsonElement> OrderAsync(HttpClient client, string email, params (string Sku, int Quantity)[] lines)
    {
        var cart = await CartAsync(client, "IT", lines[0].Sku, lines[0].Quantity);
        foreach (var (sku, quantity) in lines.Skip(1))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/carts/{cart}/lines", new { sku, quantity })).StatusCode);
        }

        var response = await PlaceAsync(client, Guid.NewGuid().ToString(),
            Body(cart, "IT", "it", email, ItalianAddress, "IT-STD", await TotalAsync(client, cart, "IT-STD")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<Guid> CartAsync(HttpClient client, string market, string sku, int quantity)
    {
        var created = await (await client.PostAsJsonAsync("/api/v1/carts", new { market })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var added = await client.PostAsJsonAsync($"/api/v1/carts/{id}/lines", new { sku, quantity });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        return id;
    }

    public static async Task<JsonElement> QuoteAsync(HttpClient client, Guid cart, string method)
    {
        var response = await client.PostAsJsonAsync("/api/v1/checkout/quote", new { cartId = cart, shippingMethod = method });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<decimal> TotalAsync(HttpClient client, Guid cart, string method) =>
        (await QuoteAsync(client, cart, method)).GetProperty("total").GetProperty("amount").GetDecimal();

    /// <summary>
    /// A SKU of a full-price style (or of the stage asked; sold in every market) with exactly this many units online and, if asked, some in a
    /// store, with a ledger that adds up from scratch. Each caller picks its own style, apart from the others.
    /// </summary>
    public static Task<(string Sku, int SkuId)> SkuWithUnitsAsync(this VetrinaApp app, int units, int pick, int inStore = 0, Lifecycle lifecycle = Lifecycle.FullPrice) =>
        app.WithDbAsync(async db =>
    {
        var locations = await db.Set<StockLocation>().OrderByDescending(l => l.FulfilsOnline).ThenBy(l => l.Code).Select(l => l.Code).ToListAsync();
        var (online, store) = (locations[0], "ST-BRERA");
        var styles = await db.Set<Style>().Include(s => s.Colourways).ThenInclude(c => c.Skus).Where(s => s.Lifecycle == lifecycle)
            .OrderBy(s => s.Id).Skip(pick).Take(1).ToListAsync();
        var sku = styles[0].Colourways.SelectMany(c => c.Skus).OrderBy(k => k.Id).Last();
        await db.Set<StockMovement>().Where(m => m.SkuId == sku.Id).ExecuteDeleteAsync();
        await db.Set<StockLevel>().Where(l => l.SkuId == sku.Id).ExecuteUpdateAsync(set => set
            .SetProperty(l => l.OnHand, l => l.LocationCode == online ? units : l.LocationCode == store ? inStore : 0)
            .SetProperty(l => l.Reserved, 0).SetProperty(l => l.BackorderLimit, 0).SetProperty(l => l.ExpectedOn, (DateOnly?)null));
        db.Add(new StockMovement(sku.Id, online, MovementKind.Receipt, units, 0, "test-receipt", DateTimeOffset.UtcNow));
        if (inStore > 0)
        {
            db.Add(new StockMovement(sku.Id, store, MovementKind.Receipt, inStore, 0, "test-receipt", DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
        return (sku.Code, sku.Id);
    });

    /// <summary>Places a Korean order (shipped to Seoul), ships it in one parcel and marks it delivered at <paramref name="deliveredAt"/>.</summary>
    public static async Task<(string Number, long[] Lines, long[] UnitPrices)> DeliveredKoreanOrderAsync(this VetrinaApp app, string email,
        DateTimeOffset deliveredAt, params (string Sku, int Quantity)[] lines)
    {
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "KR", lines[0].Sku, lines[0].Quantity);
        foreach (var (sku, quantity) in lines.Skip(1))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/carts/{cart}/lines", new { sku, quantity })).StatusCode);
        }

        var placed = await PlaceAsync(client, Guid.NewGuid().ToString(),
            Body(cart, "KR", "ko", email, KoreanAddress, "KR-STD", await TotalAsync(client, cart, "KR-STD")));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Vetrina.Data.VetrinaDbContext>();
        // The one just placed: the email's latest (a test may give a shopper several orders).
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Where(o => o.Email == email).OrderByDescending(o => o.Id).FirstAsync();
        var fulfilment = scope.ServiceProvider.GetRequiredService<OrderFulfilment>();
        using (ReplayableClock.Begin(deliveredAt.AddDays(-2)))
        {
            Assert.True((await fulfilment.PackAsync(order.Id, "WH-MI", order.Lines.ToDictionary(l => l.Id, l => l.Quantity), "test")).Succeeded);
        }

        var parcel = await db.Set<Shipment>().Where(s => s.OrderId == order.Id).Select(s => s.Id).SingleAsync();
        using (ReplayableClock.Begin(deliveredAt.AddDays(-1)))
        {
            Assert.True((await fulfilment.ShipAsync(parcel, "CJ", "CJ000111222", "test")).Succeeded);
        }

        using (ReplayableClock.Begin(deliveredAt))
        {
            Assert.True((await fulfilment.DeliverAsync(parcel, "test")).Succeeded);
        }

        var ordered = order.Lines.OrderBy(l => l.Id).ToList();
        return (numberOf(await placed.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()), [.. ordered.Select(l => l.Id)], [.. ordered.Select(l => l.UnitPriceMinor)]);

        static string numberOf(System.Text.Json.JsonElement body) => body.GetProperty("number").GetString()!;
    }
}
