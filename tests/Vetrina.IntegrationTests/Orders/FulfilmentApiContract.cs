using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vetrina.Kernel.Security;
using Vetrina.Payments.TestNetwork;

namespace Vetrina.IntegrationTests;

/// <summary>A warehouse system and a customer service tool work orders through the API, under the back office's rules and roles.</summary>
public abstract class FulfilmentApiContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task AWarehouseSystem_SeesTheQueue_PacksAndShips_AndCustomerServiceRefundsOnce()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(4, pick: 56);
        using var shop = app.CreateClient();
        var email = $"api.{Guid.NewGuid():N}@example.com";
        var number = (await Shopper.OrderAsync(shop, email, (sku, 2))).GetProperty("number").GetString()!;
        using var warehouse = await StaffSession.ApiClientAsync(app, StaffRoles.Warehouse);

        var queue = await warehouse.GetFromJsonAsync<JsonElement>("/api/v1/fulfilment/orders");
        var queued = queue.EnumerateArray().Single(o => o.GetProperty("number").GetString() == number);
        Assert.Equal((sku, 2), (queued.GetProperty("lines")[0].GetProperty("sku").GetString(), queued.GetProperty("lines")[0].GetProperty("unpacked").GetInt32()));

        await Refused(warehouse.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/shipments", new { location = "WH-MI", lines = new[] { new { sku = "NOPE", quantity = 1 } } }),
            HttpStatusCode.UnprocessableEntity, "by a SKU of order");
        await Refused(warehouse.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/shipments", new { location = "WH-MI", lines = new[] { new { sku, quantity = 3 } } }),
            HttpStatusCode.UnprocessableEntity, "more than that line has left to pack");
        await Refused(warehouse.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/shipments", new { location = "NOWHERE", lines = new[] { new { sku, quantity = 1 } } }),
            HttpStatusCode.UnprocessableEntity, "There is no stock location");
        await Refused(warehouse.PostAsJsonAsync("/api/v1/fulfilment/orders/VT-1/shipments", new { location = "WH-MI", lines = new[] { new { sku, quantity = 1 } } }),
            HttpStatusCode.NotFound, "No order has the number");

        var packed = await warehouse.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/shipments", new { location = "WH-MI", lines = new[] { new { sku, quantity = 2 } } });
        Assert.Equal(HttpStatusCode.Created, packed.StatusCode);
        var parcel = (await packed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("shipments")[0].GetProperty("id").GetInt64();
        await Refused(warehouse.PostAsJsonAsync($"/api/v1/fulfilment/shipments/{parcel}/ship", new { carrier = "PIGEON", trackingNumber = "ABC123456" }),
            HttpStatusCode.UnprocessableEntity, "Choose a carrier");
        var shipped = await warehouse.PostAsJsonAsync($"/api/v1/fulfilment/shipments/{parcel}/ship", new { carrier = "BRT", trackingNumber = "BRT0007778889" });
        Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        var order = await shipped.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Shipped", "Captured"), (order.GetProperty("status").GetString(), order.GetProperty("payment").GetProperty("state").GetString()));
        Assert.DoesNotContain(number, (await warehouse.GetStringAsync("/api/v1/fulfilment/orders")), StringComparison.Ordinal);

        // One unit comes back to the Brera store and goes on its shelf, once however often the system retries.
        var returnKey = Guid.NewGuid().ToString();
        var returned = await Return(warehouse, number, returnKey, new { location = "ST-BRERA", reason = "wrong size", lines = new[] { new { sku, quantity = 1 } } });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Return(warehouse, number, returnKey, new { location = "ST-BRERA", reason = "wrong size", lines = new[] { new { sku, quantity = 1 } } })).StatusCode);
        await Refused(Return(warehouse, number, Guid.NewGuid().ToString(), new { location = "ST-BRERA", reason = "again", lines = new[] { new { sku, quantity = 2 } } }),
            HttpStatusCode.UnprocessableEntity, "more than that line has shipped and not yet come back");
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Inventory.Domain.StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == "ST-BRERA")
            .Select(l => l.OnHand).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Inventory.Domain.StockMovement>()
            .CountAsync(m => m.SkuId == skuId && m.Kind == Inventory.Domain.MovementKind.Return)));
        var afterReturn = await returned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 1), (afterReturn.GetProperty("lines")[0].GetProperty("shipped").GetInt32(), afterReturn.GetProperty("lines")[0].GetProperty("returned").GetInt32()));
        var shopperPage = afterReturn.GetProperty("page").GetString()!;
        Assert.Contains("1 reso", await shop.GetStringAsync(shopperPage), StringComparison.Ordinal);

        // The warehouse may not give money back; customer service may, once per key.
        Assert.Equal(HttpStatusCode.Forbidden, (await Refund(warehouse, number, 10m, Guid.NewGuid().ToString())).StatusCode);
        using var service = await StaffSession.ApiClientAsync(app, StaffRoles.Agent);
        Assert.Equal(HttpStatusCode.BadRequest, (await service.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/refunds", new { amount = 10m, reason = "late" })).StatusCode);
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.OK, (await Refund(service, number, 10m, key)).StatusCode);
        var again = await Refund(service, number, 10m, key);
        Assert.Equal("PartiallyRefunded", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var charge = await app.WithDbAsync(db => db.Set<TestCharge>().SingleAsync(c => c.Description.EndsWith(number)));
        Assert.Equal(1000, charge.RefundedMinor);
        await Refused(Refund(service, number, 100000m, Guid.NewGuid().ToString()), HttpStatusCode.UnprocessableEntity, "Refund between");
        Assert.Equal(HttpStatusCode.Forbidden, (await service.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/shipments", new { location = "WH-MI" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await shop.GetAsync("/api/v1/fulfilment/orders")).StatusCode);
    }

    [Fact]
    public async Task AnOrderIsDelivered_WhenItsLastParcelArrives_AndSaysSoOnce()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(4, pick: 57);
        using var shop = app.CreateClient();
        var number = (await Shopper.OrderAsync(shop, $"delivered.{Guid.NewGuid():N}@example.com", (sku, 2))).GetProperty("number").GetString()!;
        using var warehouse = await StaffSession.ApiClientAsync(app, StaffRoles.Warehouse);
        async Task<long> ShipOneAsync(string tracking)
        {
            var packed = await warehouse.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/shipments", new { location = "WH-MI", lines = new[] { new { sku, quantity = 1 } } });
            var id = (await packed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("shipments").EnumerateArray().Max(p => p.GetProperty("id").GetInt64());
            Assert.Equal(HttpStatusCode.OK, (await warehouse.PostAsJsonAsync($"/api/v1/fulfilment/shipments/{id}/ship", new { carrier = "BRT", trackingNumber = tracking })).StatusCode);
            return id;
        }

        var first = await ShipOneAsync("BRT0001112223");
        await Refused(warehouse.PostAsync($"/api/v1/fulfilment/shipments/{first + 1000}/delivered", null), HttpStatusCode.NotFound, "No such parcel");
        var one = await warehouse.PostAsync($"/api/v1/fulfilment/shipments/{first}/delivered", null);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        // One parcel of two: the order is on its way still.
        Assert.Equal("PartiallyShipped", (await one.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var second = await ShipOneAsync("BRT0001112224");
        var both = await (await warehouse.PostAsync($"/api/v1/fulfilment/shipments/{second}/delivered", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Delivered", both.GetProperty("status").GetString());
        Assert.All(both.GetProperty("shipments").EnumerateArray(), p => Assert.Equal("Delivered", p.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await warehouse.PostAsync($"/api/v1/fulfilment/shipments/{second}/delivered", null)).StatusCode);

        var delivered = await app.WithDbAsync(db => db.Set<Vetrina.Data.Events.EventRecord>().Where(e => e.Name == "Orders.OrderDelivered" && e.Stream == $"order:{number}")
            .CountAsync());
        Assert.Equal(1, delivered);
    }

    [Fact]
    public async Task CustomerService_CancelsAnOrderNotYetShipped_ButNotOneThatHasShipped()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(3, pick: 57);
        using var shop = app.CreateClient();
        var number = (await Shopper.OrderAsync(shop, $"annulla.{Guid.NewGuid():N}@example.com", (sku, 1))).GetProperty("number").GetString()!;
        using var service = await StaffSession.ApiClientAsync(app, StaffRoles.Agent);

        await Refused(service.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/cancel", new { reason = "" }), HttpStatusCode.UnprocessableEntity, "Say why");
        var cancelled = await service.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/cancel", new { reason = "the shopper asked by phone" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var order = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Cancelled", "Voided"), (order.GetProperty("status").GetString(), order.GetProperty("payment").GetProperty("state").GetString()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Inventory.Domain.StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == "WH-MI")
            .Select(l => l.Reserved).SingleAsync()));
        await Refused(service.PostAsJsonAsync($"/api/v1/fulfilment/orders/{number}/cancel", new { reason = "twice" }), HttpStatusCode.Conflict, "cannot be cancelled");
    }

    private static Task<HttpResponseMessage> Return(HttpClient client, string number, string key, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/fulfilment/orders/{number}/returns")
        {
            Headers = { { "Idempotency-Key", key } },
            Content = JsonContent.Create(body),
        });

    private static Task<HttpResponseMessage> Refund(HttpClient client, string number, decimal amount, string key) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/fulfilment/orders/{number}/refunds")
        {
            Headers = { { "Idempotency-Key", key } },
            Content = JsonContent.Create(new { amount, reason = "late delivery" }),
        });

    private static async Task Refused(Task<HttpResponseMessage> call, HttpStatusCode status, string detail)
    {
        var response = await call;
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFulfilmentApiTests(SqliteAppFixture fixture) : FulfilmentApiContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlFulfilmentApiTests(PostgresAppFixture fixture) : FulfilmentApiContract(fixture);
