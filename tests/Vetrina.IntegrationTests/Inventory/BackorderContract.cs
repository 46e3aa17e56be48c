using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Domain;
using Vetrina.Inventory.Domain;
using Vetrina.Inventory.Operations;
using Vetrina.Inventory.Reservations;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Inventory.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Selling ahead of stock: backorders per SKU and pre-orders of coming-soon styles, up to what is on its way, each
/// order told when it ships, and nothing leaving the warehouse before the delivery is in.
/// </summary>
public abstract class BackorderContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task FortyBuyers_ForTwoOnTheShelfAndEightOnTheirWay_HoldExactlyTen_AndEightKnowTheDate()
    {
        var (_, skuId) = await app.SkuWithUnitsAsync(2, pick: 50);
        var expected = Today.AddDays(30);
        Assert.True((await OperateAsync(ops => ops.AllowBackordersAsync(skuId, "WH-MI", 8, expected, "test"))).Succeeded);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(async buyer =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<StockReservations>().ReserveAsync([new ReservationLine(skuId, 1)], $"ahead-{skuId}-{buyer}");
        }));

        Assert.Equal(10, attempts.Count(a => a.Reserved));
        var waiting = attempts.Where(a => a.Reserved).SelectMany(a => a.Backordered).ToList();
        Assert.Equal(8, waiting.Count);
        Assert.All(waiting, w => Assert.Equal((skuId, 1, (DateOnly?)expected), (w.SkuId, w.Units, w.ExpectedOn)));
        Assert.All(attempts.Where(a => !a.Reserved), a => Assert.Equal(0, Assert.Single(a.ShortLines).Available));
        Assert.Equal((2, 10, 8), await LevelAsync(skuId));

        // What is promised cannot be taken back; the date is required; a receipt uses up the allowance as the units arrive.
        var lower = await OperateAsync(ops => ops.AllowBackordersAsync(skuId, "WH-MI", 7, expected, "test"));
        Assert.Equal(StockOperationError.BelowReserved, lower.Error);
        Assert.Contains("8 units are already ordered beyond stock", lower.Detail, StringComparison.Ordinal);
        Assert.Equal(StockOperationError.ExpectedDateRequired, (await OperateAsync(ops => ops.AllowBackordersAsync(skuId, "WH-MI", 9, null, "test"))).Error);
        Assert.Equal(StockOperationError.ExpectedDateRequired,
            (await OperateAsync(ops => ops.AllowBackordersAsync(skuId, "WH-MI", 9, Today.AddDays(-1), "test"))).Error);
        Assert.True((await OperateAsync(ops => ops.ReceiveAsync(skuId, "WH-MI", 5, "PO-ahead-1", "test"))).Succeeded);
        Assert.Equal((7, 10, 3), await LevelAsync(skuId));
        Assert.True((await OperateAsync(ops => ops.ReceiveAsync(skuId, "WH-MI", 4, "PO-ahead-2", "test"))).Succeeded);
        Assert.Equal((11, 10, 0), await LevelAsync(skuId));
        Assert.Null(await app.WithDbAsync(db => db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == "WH-MI").Select(l => l.ExpectedOn).SingleAsync()));
        await using var check = app.Services.CreateAsyncScope();
        Assert.DoesNotContain(await check.ServiceProvider.GetRequiredService<StockLedger>().CheckAsync(), m => m.SkuId == skuId);
    }

    [Fact]
    public async Task ABackorder_IsQuotedAndOrderedWithItsDate_AndShipsOnlyOnceTheDeliveryIsIn()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(1, pick: 51);
        var expected = Today.AddDays(20);
        using var stockApi = await StaffSession.ApiClientAsync(app, StaffRoles.Warehouse);
        var noDate = await stockApi.PutAsJsonAsync($"/api/v1/stock/{sku}/backorders", new { location = "WH-MI", limit = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Equal("ExpectedDateRequired", (await noDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        var notADate = await stockApi.PutAsJsonAsync($"/api/v1/stock/{sku}/backorders", new { location = "WH-MI", limit = 5, expectedOn = "soon" });
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        Assert.Equal("application/problem+json", notADate.Content.Headers.ContentType?.MediaType);
        var negative = await stockApi.PutAsJsonAsync($"/api/v1/stock/{sku}/backorders", new { location = "WH-MI", limit = -1, expectedOn = expected });
        Assert.Equal("QuantityOutOfRange", (await negative.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        var allowed = await stockApi.PutAsJsonAsync($"/api/v1/stock/{sku}/backorders", new { location = "WH-MI", limit = 5, expectedOn = expected });
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var warehouseLevel = (await allowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("locations")[0];
        Assert.Equal((5, expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            (warehouseLevel.GetProperty("backorderLimit").GetInt32(), warehouseLevel.GetProperty("expectedOn").GetString()));

        using var client = app.CreateClient();
        var cart = await Shopper.CartAsync(client, "IT", sku, 3);
        var quote = await Shopper.QuoteAsync(client, cart, "IT-STD");
        Assert.Equal(expected, quote.GetProperty("lines")[0].GetProperty("shipsAround").Deserialize<DateOnly>());
        var email = $"ahead.{Guid.NewGuid():N}@example.com";
        var placed = await Shopper.PlaceAsync(client, Guid.NewGuid().ToString(),
            Shopper.Body(cart, "IT", "it", email, Shopper.ItalianAddress, "IT-STD", quote.GetProperty("total").GetProperty("amount").GetDecimal(), acceptBackorders: true));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected, order.GetProperty("lines")[0].GetProperty("shipsAround").Deserialize<DateOnly>());
        Assert.Equal((1, 3, 5), await LevelAsync(skuId));
        var confirmation = Assert.Single(await SmtpSink.Shared.WaitForAsync(email, 1));
        Assert.Contains($"spedizione prevista intorno al {Languages.FormatDate(expected, "it")}", confirmation.TextBody, StringComparison.Ordinal);
        var orderPage = await client.GetStringAsync(order.GetProperty("page").GetString());
        Assert.Contains(WebUtility.HtmlEncode($"spedizione prevista intorno al {Languages.FormatDate(expected, "it")}"), orderPage, StringComparison.Ordinal);

        var number = order.GetProperty("number").GetString()!;
        var (orderId, lineId) = await app.WithDbAsync(async db =>
        {
            var o = await db.Set<Order>().Include(x => x.Lines).SingleAsync(x => x.Email == email);
            return (o.Id, o.Lines.Single().Id);
        });
        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse), "a long test password");
        var fulfilment = await warehouse.Client.GetStringAsync("/admin/fulfilment");
        Assert.Contains($"3 expected {expected:yyyy-MM-dd}", fulfilment, StringComparison.Ordinal);
        var early = await warehouse.SubmitAsync($"/admin/orders/{number}", "Pack", new() { ["location"] = "WH-MI", [$"units[{lineId}]"] = "3" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("receive the delivery first", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await stockApi.PostAsJsonAsync($"/api/v1/stock/{sku}/receipts", new { location = "WH-MI", quantity = 2 })).StatusCode);
        Assert.Equal((3, 3, 3), await LevelAsync(skuId));
        Assert.Equal(HttpStatusCode.Redirect, (await warehouse.SubmitAsync($"/admin/orders/{number}", "Pack",
            new() { ["location"] = "WH-MI", [$"units[{lineId}]"] = "3" })).StatusCode);
        var parcel = await app.WithDbAsync(db => db.Set<Orders.Fulfilment.Shipment>().Where(s => s.OrderId == orderId).Select(s => s.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await warehouse.SubmitAsync($"/admin/orders/{number}", "Ship",
            new() { ["shipment"] = $"{parcel}", ["carrier"] = "BRT", ["tracking"] = "BRT0009876543" })).StatusCode);
        Assert.Equal(OrderStatus.Shipped, await app.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync()));
        Assert.Equal((0, 0, 3), await LevelAsync(skuId));
    }

    [Fact]
    public async Task WhenTheShelfEmptiesAfterTheQuote_PlacingSaysSoWithTheDate_AndChargesNothing_UntilTheShopperAgrees()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(1, pick: 52);
        var expected = Today.AddDays(10);
        Assert.True((await OperateAsync(ops => ops.AllowBackordersAsync(skuId, "WH-MI", 4, expected, "test"))).Succeeded);
        using var client = app.CreateClient();
        var cart = await Shopper.CartAsync(client, "IT", sku, 1);
        var quote = await Shopper.QuoteAsync(client, cart, "IT-STD");
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("lines")[0].GetProperty("shipsAround").ValueKind);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<StockReservations>().ReserveAsync([new ReservationLine(skuId, 1)], $"store-sale-{skuId}")).Reserved);
        }

        var email = $"later.{Guid.NewGuid():N}@example.com";
        var total = quote.GetProperty("total").GetProperty("amount").GetDecimal();
        var changed = await Shopper.PlaceAsync(client, Guid.NewGuid().ToString(), Shopper.Body(cart, "IT", "it", email, Shopper.ItalianAddress, "IT-STD", total));
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        var problem = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Availability changed", problem.GetProperty("title").GetString());
        Assert.Equal(expected, problem.GetProperty("quote").GetProperty("lines")[0].GetProperty("shipsAround").Deserialize<DateOnly>());
        Assert.Equal((1, 1, 4), await LevelAsync(skuId));
        Assert.False(await app.WithDbAsync(db => db.Set<Order>().AnyAsync(o => o.Email == email)));

        var agreed = await Shopper.PlaceAsync(client, Guid.NewGuid().ToString(),
            Shopper.Body(cart, "IT", "it", email, Shopper.ItalianAddress, "IT-STD", total, acceptBackorders: true));
        Assert.Equal(HttpStatusCode.Created, agreed.StatusCode);
        Assert.Equal(expected, (await agreed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines")[0].GetProperty("shipsAround").Deserialize<DateOnly>());
    }

    [Fact]
    public async Task APreorderStyle_SellsAheadOfItsDelivery_InKorean_WhileOtherComingSoonStylesWait_AndStaffOpenAndCloseIt()
    {
        var (preorder, preorderSku, expected) = await app.WithDbAsync(async db =>
        {
            var style = await db.Set<Style>().Include(s => s.Handles).Include(s => s.Colourways).ThenInclude(c => c.Skus)
                .Where(s => s.TakesPreorders).OrderBy(s => s.Id).FirstAsync();
            var sku = style.Colourways[0].Skus.OrderBy(k => k.Id).First();
            var date = await db.Set<StockLevel>().Where(l => l.SkuId == sku.Id && l.LocationCode == "WH-MI").Select(l => l.ExpectedOn).SingleAsync();
            return (style, sku.Code, date!.Value);
        });
        using var client = app.CreateClient();
        var product = WebUtility.HtmlDecode(await client.GetStringAsync($"/ko/products/{preorder.HandleFor("ko")}"));
        Assert.Contains("예약 주문", product, StringComparison.Ordinal);
        Assert.Contains($"{Languages.FormatDate(expected, "ko")}경 발송 예정", product, StringComparison.Ordinal);
        Assert.Contains("https://schema.org/PreOrder", product, StringComparison.Ordinal);

        var cart = await Shopper.CartAsync(client, "KR", preorderSku, 1);
        var total = await Shopper.TotalAsync(client, cart, "KR-STD");
        var placed = await Shopper.PlaceAsync(client, Guid.NewGuid().ToString(),
            Shopper.Body(cart, "KR", "ko", $"preorder.{Guid.NewGuid():N}@example.com", Shopper.KoreanAddress, "KR-STD", total));
        Assert.Equal(HttpStatusCode.Conflict, placed.StatusCode);
        placed = await Shopper.PlaceAsync(client, Guid.NewGuid().ToString(),
            Shopper.Body(cart, "KR", "ko", $"preorder.{Guid.NewGuid():N}@example.com", Shopper.KoreanAddress, "KR-STD", total, acceptBackorders: true));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        Assert.Equal(expected, (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines")[0].GetProperty("shipsAround").Deserialize<DateOnly>());

        var waiting = await app.WithDbAsync(async db =>
        {
            var style = await db.Set<Style>().Include(s => s.Colourways).ThenInclude(c => c.Skus)
                .Where(s => s.Lifecycle == Lifecycle.ComingSoon && !s.TakesPreorders).OrderBy(s => s.Id).FirstAsync();
            return (style.Code, Sku: style.Colourways[0].Skus[0].Code);
        });
        var bag = await (await client.PostAsJsonAsync("/api/v1/carts", new { market = "KR" })).Content.ReadFromJsonAsync<JsonElement>();
        var notYet = await client.PostAsJsonAsync($"/api/v1/carts/{bag.GetProperty("id").GetGuid()}/lines", new { sku = waiting.Sku, quantity = 1 });
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);

        var admin = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var page = $"/admin/styles/{waiting.Code}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, "Preorders", new() { ["revision"] = $"{await RevisionAsync(waiting.Code)}", ["open"] = "true" })).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Set<Style>().Where(s => s.Code == waiting.Code).Select(s => s.TakesPreorders).SingleAsync()));
        Assert.Contains("Close pre-orders", await admin.Client.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, "Preorders", new() { ["revision"] = $"{await RevisionAsync(waiting.Code)}", ["open"] = "false" })).StatusCode);

        var fullPrice = await app.WithDbAsync(db => db.Set<Style>().Where(s => s.Lifecycle == Lifecycle.FullPrice).OrderBy(s => s.Id).Select(s => s.Code).FirstAsync());
        var refused = await admin.SubmitAsync($"/admin/styles/{fullPrice}", "Preorders", new() { ["revision"] = $"{await RevisionAsync(fullPrice)}", ["open"] = "true" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Only a coming-soon style takes pre-orders", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private Task<int> RevisionAsync(string code) => app.WithDbAsync(db => db.Set<Style>().Where(s => s.Code == code).Select(s => s.Revision).SingleAsync());

    private Task<(int OnHand, int Reserved, int Allowed)> LevelAsync(int skuId) => app.WithDbAsync(async db =>
    {
        var level = await db.Set<StockLevel>().AsNoTracking().SingleAsync(l => l.SkuId == skuId && l.LocationCode == "WH-MI");
        return (level.OnHand, level.Reserved, level.BackorderLimit);
    });

    private async Task<StockOperationResult> OperateAsync(Func<StockOperations, Task<StockOperationResult>> operation)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await operation(scope.ServiceProvider.GetRequiredService<StockOperations>());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBackorderTests(SqliteAppFixture fixture) : BackorderContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlBackorderTests(PostgresAppFixture fixture) : BackorderContract(fixture);
