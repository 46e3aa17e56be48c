using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Inventory.Domain;
using Vetrina.Inventory.Operations;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Payments.TestNetwork;

namespace Vetrina.IntegrationTests;

/// <summary>The back office ships, cancels and refunds: money, stock and the shopper's emails follow every step.</summary>
public abstract class FulfilmentContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task TheWarehouse_ShipsAnOrderInTwoParcels_FromTheWarehouseAndAStore_CapturingOnceAndMailingTracking()
    {
        var (first, firstId) = await app.SkuWithUnitsAsync(5, pick: 20, inStore: 2);
        var (second, secondId) = await app.SkuWithUnitsAsync(5, pick: 21, inStore: 2);
        using var client = app.CreateClient();
        var email = $"split.{Guid.NewGuid():N}@example.com";
        var order = await Shopper.OrderAsync(client, email, (first, 2), (second, 1));
        var number = order.GetProperty("number").GetString()!;
        var (orderId, lineIds) = await LinesAsync(email);
        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse), "a long test password");

        Assert.Contains(number, await warehouse.Client.GetStringAsync("/admin/fulfilment"), StringComparison.Ordinal);
        var packed = await warehouse.SubmitAsync($"/admin/orders/{number}", "Pack",
            new() { ["location"] = "WH-MI", [$"units[{lineIds[firstId]}]"] = "1", [$"units[{lineIds[secondId]}]"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, packed.StatusCode);
        var parcel = await ParcelAsync(orderId, 0);
        var shipped = await warehouse.SubmitAsync($"/admin/orders/{number}", "Ship",
            new() { ["shipment"] = parcel.ToString(System.Globalization.CultureInfo.InvariantCulture), ["carrier"] = "BRT", ["tracking"] = "BRT0001234567" });
        Assert.Equal(HttpStatusCode.Redirect, shipped.StatusCode);

        Assert.Equal(OrderStatus.PartiallyShipped, await StatusAsync(orderId));
        var charge = await app.WithDbAsync(db => db.Set<TestCharge>().SingleAsync(c => c.Description.EndsWith(number)));
        Assert.Equal((TestChargeStatus.Captured, charge.AmountMinor), (charge.Status, charge.CapturedMinor));
        Assert.Equal((4, 1), await LevelAsync(firstId, "WH-MI"));
        var mail = Assert.Single(await SmtpSink.Shared.WaitForAsync(email, 2), m => m.Subject!.Contains("in viaggio", StringComparison.Ordinal));
        Assert.Contains("https://vas.brt.it/vas/sped_det_show.hsm?ChiSono=BRT0001234567", mail.HtmlBody, StringComparison.Ordinal);

        // The rest leaves from the Brera store: the warehouse's reservation is given back, the store's shelf gives the units.
        Assert.Equal(HttpStatusCode.Redirect, (await warehouse.SubmitAsync($"/admin/orders/{number}", "Pack",
            new() { ["location"] = "ST-BRERA", [$"units[{lineIds[firstId]}]"] = "1", [$"units[{lineIds[secondId]}]"] = "1" })).StatusCode);
        var tooMuch = await warehouse.SubmitAsync($"/admin/orders/{number}", "Pack", new() { ["location"] = "WH-MI", [$"units[{lineIds[firstId]}]"] = "1" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await warehouse.SubmitAsync($"/admin/orders/{number}", "Ship",
            new() { ["shipment"] = (await ParcelAsync(orderId, 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["carrier"] = "POSTE", ["tracking"] = "RR123456789IT" })).StatusCode);

        Assert.Equal(OrderStatus.Shipped, await StatusAsync(orderId));
        Assert.Equal((4, 0), await LevelAsync(firstId, "WH-MI"));
        Assert.Equal((1, 0), await LevelAsync(firstId, "ST-BRERA"));
        Assert.Equal((5, 0), await LevelAsync(secondId, "WH-MI"));
        Assert.Equal((1, 0), await LevelAsync(secondId, "ST-BRERA"));
        await using var scope = app.Services.CreateAsyncScope();
        var mismatches = await scope.ServiceProvider.GetRequiredService<StockLedger>().CheckAsync();
        Assert.DoesNotContain(mismatches, m => m.SkuId == firstId || m.SkuId == secondId);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<TestChargeOperation>().CountAsync(o => o.ChargeId == charge.Id && o.Kind == "capture")));

        // Both parcels arrive: the order is delivered.
        foreach (var index in new[] { 0, 1 })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await warehouse.SubmitAsync($"/admin/orders/{number}", "Deliver",
                new() { ["shipment"] = (await ParcelAsync(orderId, index)).ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);
        }

        Assert.Equal(OrderStatus.Delivered, await StatusAsync(orderId));
        Assert.Contains("Delivered", await warehouse.Client.GetStringAsync($"/admin/orders/{number}"), StringComparison.Ordinal);

        var tracking = await client.GetFromJsonAsync<JsonElement>(order.GetProperty("page").GetString()!.Replace($"/it/account/orders/", "/api/v1/orders/", StringComparison.Ordinal));
        Assert.Equal(["BRT0001234567", "RR123456789IT"], tracking.GetProperty("shipments").EnumerateArray().Select(s => s.GetProperty("trackingNumber").GetString()));
        var page = await client.GetStringAsync(order.GetProperty("page").GetString());
        Assert.Contains("Segui il pacco: RR123456789IT", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReturnIsReceivedOnce_DamagedUnitsStayOffTheShelf_AndTheRefundFormSuggestsWhatTheyCost()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(4, pick: 24);
        using var client = app.CreateClient();
        var email = $"reso.{Guid.NewGuid():N}@example.com";
        var number = (await Shopper.OrderAsync(client, email, (sku, 2))).GetProperty("number").GetString()!;
        var (orderId, lineIds) = await LinesAsync(email);
        var line = lineIds.Values.Single();
        var manager = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.EcommerceManager), "a long test password");
        await manager.SubmitAsync($"/admin/orders/{number}", "Pack", new() { ["location"] = "WH-MI", [$"units[{line}]"] = "2" });
        await manager.SubmitAsync($"/admin/orders/{number}", "Ship",
            new() { ["shipment"] = (await ParcelAsync(orderId, 0)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["carrier"] = "BRT", ["tracking"] = "BRT0003334445" });
        var before = await LevelAsync(skuId, "WH-MI");

        var tooMany = await manager.SubmitAsync($"/admin/orders/{number}", "Return",
            new() { ["location"] = "WH-MI", [$"units[{line}]"] = "3", ["restock"] = "true", ["reason"] = "wrong size", ["key"] = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        var form = new Dictionary<string, string> { ["location"] = "WH-MI", [$"units[{line}]"] = "1", ["reason"] = "worn, stained", ["key"] = Guid.NewGuid().ToString("N") };
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync($"/admin/orders/{number}", "Return", new(form))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync($"/admin/orders/{number}", "Return", new(form))).StatusCode);

        Assert.Equal(before, await LevelAsync(skuId, "WH-MI"));
        var returned = await app.WithDbAsync(db => db.Set<OrderReturn>().Include(r => r.Lines).SingleAsync(r => r.OrderId == orderId));
        Assert.Equal((false, 1), (returned.Restocked, returned.Lines.Single().Quantity));
        var unitPrice = await app.WithDbAsync(db => db.Set<OrderLine>().Where(l => l.Id == line).Select(l => l.UnitPriceMinor).SingleAsync());
        var page = await manager.Client.GetStringAsync($"/admin/orders/{number}");
        var suggested = new Kernel.Money(unitPrice, Kernel.Currency.Eur).Major.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"value=\"{suggested}\"", page, StringComparison.Ordinal);
        Assert.Contains("not restocked · worn, stained", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync($"/admin/orders/{number}", "Refund",
            new() { ["amount"] = suggested, ["reason"] = "returned", ["key"] = Guid.NewGuid().ToString("N") })).StatusCode);
        Assert.Equal(unitPrice, await app.WithDbAsync(db => db.Set<OrderPayment>().Where(p => p.OrderId == orderId).Select(p => p.RefundedMinor).SingleAsync()));
    }

    [Fact]
    public async Task AnAgent_RefundsPartOfAShippedOrder_Once_ButCannotPack()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 22);
        using var client = app.CreateClient();
        var email = $"refund.{Guid.NewGuid():N}@example.com";
        var number = (await Shopper.OrderAsync(client, email, (sku, 1))).GetProperty("number").GetString()!;
        var (orderId, lineIds) = await LinesAsync(email);
        var manager = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.EcommerceManager), "a long test password");
        await manager.SubmitAsync($"/admin/orders/{number}", "Pack", new() { ["location"] = "WH-MI", [$"units[{lineIds.Values.Single()}]"] = "1" });
        await manager.SubmitAsync($"/admin/orders/{number}", "Ship",
            new() { ["shipment"] = (await ParcelAsync(orderId, 0)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["carrier"] = "DHL", ["tracking"] = "1234567890" });
        var agent = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Agent), "a long test password");

        AssertDenied(await agent.SubmitAsync($"/admin/orders/{number}", "Pack", new() { ["location"] = "WH-MI" }));
        var refund = new Dictionary<string, string> { ["amount"] = "10.00", ["reason"] = "late delivery", ["key"] = Guid.NewGuid().ToString("N") };
        Assert.Equal(HttpStatusCode.Redirect, (await agent.SubmitAsync($"/admin/orders/{number}", "Refund", new(refund))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await agent.SubmitAsync($"/admin/orders/{number}", "Refund", new(refund))).StatusCode);
        var tooMuch = await agent.SubmitAsync($"/admin/orders/{number}", "Refund",
            new() { ["amount"] = "100000", ["reason"] = "typo", ["key"] = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);

        var payment = await app.WithDbAsync(db => db.Set<OrderPayment>().SingleAsync(p => p.OrderId == orderId));
        Assert.Equal((PaymentState.PartiallyRefunded, 1000L), (payment.State, payment.RefundedMinor));
        Assert.Equal(OrderStatus.PartiallyRefunded, await StatusAsync(orderId));
        Assert.Single(await SmtpSink.Shared.WaitForAsync(email, 3), m => m.Subject!.StartsWith("Rimborso", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancellingAConfirmedOrder_VoidsTheCard_ReleasesTheStock_AndTellsTheShopper_ButTheWarehouseMayNot()
    {
        var (sku, skuId) = await app.SkuWithUnitsAsync(3, pick: 23);
        using var client = app.CreateClient();
        var email = $"annulla.{Guid.NewGuid():N}@example.com";
        var number = (await Shopper.OrderAsync(client, email, (sku, 2))).GetProperty("number").GetString()!;
        var (orderId, _) = await LinesAsync(email);
        Assert.Equal((3, 2), await LevelAsync(skuId, "WH-MI"));
        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse), "a long test password");
        AssertDenied(await warehouse.SubmitAsync($"/admin/orders/{number}", "Cancel", new() { ["reason"] = "no" }));
        var manager = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.EcommerceManager), "a long test password");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await manager.SubmitAsync($"/admin/orders/{number}", "Cancel", new() { ["reason"] = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync($"/admin/orders/{number}", "Cancel", new() { ["reason"] = "customer asked by phone" })).StatusCode);

        Assert.Equal(OrderStatus.Cancelled, await StatusAsync(orderId));
        Assert.Equal((3, 0), await LevelAsync(skuId, "WH-MI"));
        var charge = await app.WithDbAsync(db => db.Set<TestCharge>().SingleAsync(c => c.Description.EndsWith(number)));
        Assert.Equal(TestChargeStatus.Voided, charge.Status);
        Assert.Single(await SmtpSink.Shared.WaitForAsync(email, 2), m => m.Subject!.Contains("annullato", StringComparison.Ordinal));
        var history = await app.WithDbAsync(db => db.Set<OrderTransition>().Where(t => t.OrderId == orderId).OrderBy(t => t.Id).ToListAsync());
        Assert.Equal("customer asked by phone", history[^1].Note);
        Assert.StartsWith("ecommerce-manager-", history[^1].Actor, StringComparison.Ordinal);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private Task<(long OrderId, Dictionary<int, long> LineIds)> LinesAsync(string email) => app.WithDbAsync(async db =>
    {
        var order = await db.Set<Order>().Include(o => o.Lines).SingleAsync(o => o.Email == email);
        return (order.Id, order.Lines.ToDictionary(l => l.SkuId, l => l.Id));
    });

    private Task<long> ParcelAsync(long orderId, int index) =>
        app.WithDbAsync(db => db.Set<Vetrina.Orders.Fulfilment.Shipment>().Where(s => s.OrderId == orderId).OrderBy(s => s.Id).Skip(index).Select(s => s.Id).FirstAsync());

    private Task<OrderStatus> StatusAsync(long orderId) => app.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());

    private Task<(int OnHand, int Reserved)> LevelAsync(int skuId, string location) => app.WithDbAsync(async db =>
    {
        var level = await db.Set<StockLevel>().AsNoTracking().SingleAsync(l => l.SkuId == skuId && l.LocationCode == location);
        return (level.OnHand, level.Reserved);
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFulfilmentTests(SqliteAppFixture fixture) : FulfilmentContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlFulfilmentTests(PostgresAppFixture fixture) : FulfilmentContract(fixture);
