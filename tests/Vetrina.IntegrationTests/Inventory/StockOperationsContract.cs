using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Domain;
using Vetrina.Inventory.Domain;
using Vetrina.Inventory.Reservations;
using Vetrina.Kernel.Security;
using Vetrina.Catalog.Contracts;
using Vetrina.Inventory.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>The warehouse's stock page: receive, adjust, count, transfer, each a ledger movement; the ledger always adds up.</summary>
public abstract class StockOperationsContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task Warehouse_ReceivesCountsAdjustsAndTransfers_AndTheLedgerAddsUp()
    {
        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse), "a long test password");
        Assert.Contains("Running low online", await warehouse.Client.GetStringAsync("/admin/stock"), StringComparison.Ordinal);
        var (skuId, code) = await SkuAsync(skip: 21);
        var page = $"/admin/stock?sku={code}";
        var before = await LevelAsync(skuId, "WH-MI");

        await Done(warehouse.SubmitAsync(page, "Receive", new() { ["location"] = "WH-MI", ["quantity"] = "5", ["reference"] = "PO-1234" }));
        Assert.Equal(before.OnHand + 5, (await LevelAsync(skuId, "WH-MI")).OnHand);

        await Done(warehouse.SubmitAsync(page, "Count", new() { ["location"] = "WH-MI", ["counted"] = "7" }));
        Assert.Equal(7, (await LevelAsync(skuId, "WH-MI")).OnHand);

        await Done(warehouse.SubmitAsync(page, "Adjust", new() { ["location"] = "WH-MI", ["delta"] = "-1", ["reason"] = "damaged in packing" }));
        await Done(warehouse.SubmitAsync(page, "Transfer", new() { ["from"] = "WH-MI", ["to"] = "ST-BRERA", ["quantity"] = "2" }));
        Assert.Equal(4, (await LevelAsync(skuId, "WH-MI")).OnHand);

        var history = await warehouse.Client.GetStringAsync(page);
        foreach (var kind in new[] { "Receipt", "Count", "Adjustment", "Transfer out", "Transfer in" })
        {
            Assert.Contains($"<td>{kind}</td>", history, StringComparison.Ordinal);
        }

        Assert.Contains("PO-1234", history, StringComparison.Ordinal);
        var check = await warehouse.SubmitAsync("/admin/stock", "Check", []);
        Assert.Contains("Every balance matches its ledger.", await check.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "stock.counted" && a.Subject == $"sku:{skuId}")));
    }

    [Fact]
    public async Task ABalanceThatDriftedFromItsLedger_IsFound_AndRebuiltFromTheLedger()
    {
        var admin = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var (skuId, _) = await SkuAsync(skip: 23);
        var before = await LevelAsync(skuId, "WH-MI");
        // Someone "fixed" the number in the database by hand.
        await app.WithDbAsync(db => db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == "WH-MI")
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.OnHand + 5)));

        var check = await (await admin.SubmitAsync("/admin/stock", "Check", [])).Content.ReadAsStringAsync();
        Assert.Contains($"SKU {skuId} at WH-MI: balance {before.OnHand + 5} on hand", check, StringComparison.Ordinal);
        Assert.Contains("Rebuild these balances from the ledger", check, StringComparison.Ordinal);
        await Done(admin.SubmitAsync("/admin/stock", "Rebuild", []));

        Assert.Equal(before.OnHand, (await LevelAsync(skuId, "WH-MI")).OnHand);
        Assert.Contains("Every balance matches its ledger.", await (await admin.SubmitAsync("/admin/stock", "Check", [])).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "stock.rebuilt" && a.Subject == $"sku:{skuId}")));
    }

    [Fact]
    public async Task OnHand_NeverDropsBelowWhatIsReserved_AndBadInputIsExplained()
    {
        var admin = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var (skuId, code) = await SkuAsync(skip: 22);
        var page = $"/admin/stock?sku={code}";
        await Done(admin.SubmitAsync(page, "Count", new() { ["location"] = "WH-MI", ["counted"] = "3" }));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<StockReservations>().ReserveAsync([new ReservationLine(skuId, 2)], $"hold-{skuId}")).Reserved);
        }

        await Refused(admin.SubmitAsync(page, "Adjust", new() { ["location"] = "WH-MI", ["delta"] = "-2", ["reason"] = "lost" }), "on hand never drops below what is reserved");
        await Refused(admin.SubmitAsync(page, "Count", new() { ["location"] = "WH-MI", ["counted"] = "1" }), "2 units are reserved for orders here");
        await Refused(admin.SubmitAsync(page, "Transfer", new() { ["from"] = "WH-MI", ["to"] = "ST-BRERA", ["quantity"] = "2" }), "Fewer than 2 units are free to move");
        await Refused(admin.SubmitAsync(page, "Receive", new() { ["location"] = "WH-MI", ["quantity"] = "0" }), "Receive between 1 and");
        await Refused(admin.SubmitAsync(page, "Receive", new() { ["location"] = "NOWHERE", ["quantity"] = "1" }), "There is no stock location NOWHERE");
        await Refused(admin.SubmitAsync(page, "Adjust", new() { ["location"] = "WH-MI", ["delta"] = "1", ["reason"] = "" }), "Say why");
        await Refused(admin.SubmitAsync(page, "Transfer", new() { ["from"] = "WH-MI", ["to"] = "WH-MI", ["quantity"] = "1" }), "two different locations");
        await Refused(admin.SubmitAsync(page, "Count", new() { ["location"] = "WH-MI", ["counted"] = "abc" }), "Give whole numbers of units.");
        Assert.Equal((3, 2), await app.WithDbAsync(async db =>
        {
            var level = await db.Set<StockLevel>().AsNoTracking().SingleAsync(l => l.SkuId == skuId && l.LocationCode == "WH-MI");
            return (level.OnHand, level.Reserved);
        }));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/admin/stock?sku=NOPE")).StatusCode);

        var marketer = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        Assert.StartsWith("/admin/denied", (await marketer.Client.GetAsync("/admin/stock")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StockApi_ForWarehouseTokens_ReceivesAndRefusesWithProblemDetails()
    {
        var (skuId, code) = await SkuAsync(skip: 23);
        var warehouse = await StaffSession.ApiClientAsync(app, StaffRoles.Warehouse);
        var before = (await warehouse.GetFromJsonAsync<JsonElement>($"/api/v1/stock/{code}")).GetProperty("locations")[0];
        Assert.Equal("WH-MI", before.GetProperty("location").GetString());

        var received = await warehouse.PostAsJsonAsync($"/api/v1/stock/{code}/receipts", new { location = "WH-MI", quantity = 4, reference = "ASN-77" });
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var after = (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("locations")[0];
        Assert.Equal(before.GetProperty("onHand").GetInt32() + 4, after.GetProperty("onHand").GetInt32());

        var tooFew = await warehouse.PostAsJsonAsync($"/api/v1/stock/{code}/adjustments", new { location = "WH-MI", delta = -100_000, reason = "test" });
        Assert.Equal(HttpStatusCode.Conflict, tooFew.StatusCode);
        Assert.Equal("application/problem+json", tooFew.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await warehouse.PostAsJsonAsync($"/api/v1/stock/{code}/receipts", new { location = "WH-MI", quantity = -1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await warehouse.PostAsJsonAsync($"/api/v1/stock/{code}/receipts", new { location = "MARS", quantity = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await warehouse.GetAsync("/api/v1/stock/NO-SUCH-SKU")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Set<StockMovement>().AnyAsync(m => m.SkuId == skuId && m.Reference == "ASN-77")));

        var marketing = await StaffSession.ApiClientAsync(app, StaffRoles.MarketingManager);
        Assert.Equal(HttpStatusCode.Forbidden, (await marketing.GetAsync($"/api/v1/stock/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/v1/stock/{code}")).StatusCode);
    }

    private static async Task Done(Task<HttpResponseMessage> submit)
    {
        var response = await submit;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private static async Task Refused(Task<HttpResponseMessage> submit, string message)
    {
        var response = await submit;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private Task<StockLevel> LevelAsync(int skuId, string location) =>
        app.WithDbAsync(db => db.Set<StockLevel>().AsNoTracking().SingleAsync(l => l.SkuId == skuId && l.LocationCode == location));

    private Task<(int Id, string Code)> SkuAsync(int skip) => app.WithDbAsync(async db =>
    {
        var sku = await db.Set<Style>().Where(s => s.Lifecycle == Lifecycle.FullPrice).OrderBy(s => s.Code).Skip(skip)
            .SelectMany(s => s.Colourways).SelectMany(c => c.Skus).OrderBy(k => k.Id).Select(k => new { k.Id, k.Code }).FirstAsync();
        return (sku.Id, sku.Code);
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStockOperationsTests(SqliteAppFixture fixture) : StockOperationsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStockOperationsTests(PostgresAppFixture fixture) : StockOperationsContract(fixture);
