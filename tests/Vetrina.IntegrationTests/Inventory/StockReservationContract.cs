using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Inventory.Domain;
using Vetrina.Inventory.Reservations;
using Vetrina.Inventory.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>Never oversell: many buyers racing for the last units get exactly as many holds as there are units.</summary>
public abstract class StockReservationContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task FlashSale_TwoHundredBuyersForFiftyUnits_HoldExactlyFifty_AndTheLedgerAgrees()
    {
        var (skuId, location) = await StockedSkuAsync(units: 50, skip: 11);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 200).Select(async buyer =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var reservations = scope.ServiceProvider.GetRequiredService<StockReservations>();
            return await reservations.ReserveAsync([new ReservationLine(skuId, 1)], $"flash-{skuId}-{buyer}");
        }));

        Assert.Equal(50, attempts.Count(a => a.Reserved));
        Assert.All(attempts.Where(a => !a.Reserved), a => Assert.Equal(0, Assert.Single(a.ShortLines).Available));
        var level = await app.WithDbAsync(db => db.Set<StockLevel>().AsNoTracking().SingleAsync(l => l.SkuId == skuId && l.LocationCode == location));
        Assert.Equal((50, 50), (level.OnHand, level.Reserved));
        var ledger = await app.WithDbAsync(db => db.Set<StockMovement>().Where(m => m.SkuId == skuId && m.LocationCode == location)
            .GroupBy(m => 1).Select(g => new { OnHand = g.Sum(m => m.OnHandDelta), Reserved = g.Sum(m => m.ReservedDelta) }).SingleAsync());
        Assert.Equal((level.OnHand, level.Reserved), (ledger.OnHand, ledger.Reserved));
    }

    [Fact]
    public async Task AnOrderIsHeldWhole_OrNotAtAll_HoldingAgainHoldsNothingMore_AndReleasingGivesItBackOnce()
    {
        var (first, location) = await StockedSkuAsync(units: 3, skip: 12);
        var (second, _) = await StockedSkuAsync(units: 1, skip: 13);
        await using var scope = app.Services.CreateAsyncScope();
        var reservations = scope.ServiceProvider.GetRequiredService<StockReservations>();

        var tooMuch = await reservations.ReserveAsync([new ReservationLine(first, 2), new ReservationLine(second, 2)], "order-too-much");
        Assert.False(tooMuch.Reserved);
        Assert.Equal(new ShortLine(second, 2, 1), Assert.Single(tooMuch.ShortLines));
        Assert.Equal(0, await ReservedAsync(first, location));

        Assert.True((await reservations.ReserveAsync([new ReservationLine(first, 2), new ReservationLine(second, 1)], "order-ok")).Reserved);
        Assert.Equal(2, await ReservedAsync(first, location));
        Assert.True((await reservations.ReserveAsync([new ReservationLine(first, 2)], "order-ok")).Reserved);
        Assert.Equal(2, await ReservedAsync(first, location));
        Assert.Equal(3, await reservations.ReleaseAsync("order-ok"));
        Assert.Equal(0, await reservations.ReleaseAsync("order-ok"));
        Assert.Equal(0, await ReservedAsync(first, location));
        await Assert.ThrowsAsync<ArgumentException>(() => reservations.ReserveAsync([new ReservationLine(first, 0)], "order-zero"));
    }

    private Task<int> ReservedAsync(int skuId, string location) =>
        app.WithDbAsync(db => db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == location).Select(l => l.Reserved).SingleAsync());

    /// <summary>Gives a SKU exactly this many units at the online warehouse, with a ledger that adds up from scratch.</summary>
    private Task<(int SkuId, string Location)> StockedSkuAsync(int units, int skip) => app.WithDbAsync(async db =>
    {
        var location = await db.Set<StockLocation>().Where(l => l.FulfilsOnline).Select(l => l.Code).FirstAsync();
        var skuId = await db.Set<StockLevel>().Where(l => l.LocationCode == location).OrderByDescending(l => l.SkuId).Skip(skip).Select(l => l.SkuId).FirstAsync();
        await db.Set<StockMovement>().Where(m => m.SkuId == skuId && m.LocationCode == location).ExecuteDeleteAsync();
        await db.Set<StockLevel>().Where(l => l.SkuId == skuId && l.LocationCode == location)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, units).SetProperty(l => l.Reserved, 0));
        db.Add(new StockMovement(skuId, location, MovementKind.Receipt, units, 0, "test-receipt", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return (skuId, location);
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStockReservationTests(SqliteAppFixture fixture) : StockReservationContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStockReservationTests(PostgresAppFixture fixture) : StockReservationContract(fixture);
