using Vetrina.Inventory;
using Vetrina.Inventory.Domain;
using Vetrina.Inventory.Contracts;

namespace Vetrina.UnitTests;

/// <summary>Selling ahead of stock: what the shop may still sell, and how a delivery uses up what was promised.</summary>
public sealed class StockAheadTests
{
    private static readonly DateOnly Soon = new(2027, 1, 15);
    private static readonly DateOnly Later = new(2027, 2, 1);

    [Fact]
    public void SellableUnits_AreTheShelfsFreeUnitsPlusTheAllowanceLeft_AndTheEarliestDateOfWhatIsStillAhead()
    {
        // Warehouse: 2 free on the shelf, 5 more allowed. Store: 3 sold ahead of 4 allowed, 1 left ahead. Outlet: nothing ahead.
        var stock = SkuStock.From([
            new SkuLevel(7, OnHand: 4, Reserved: 2, BackorderLimit: 5, ExpectedOn: Later),
            new SkuLevel(7, OnHand: 0, Reserved: 3, BackorderLimit: 4, ExpectedOn: Soon),
            new SkuLevel(7, OnHand: 1, Reserved: 0, BackorderLimit: 0, ExpectedOn: null),
        ]);

        Assert.Equal(new SkuStock(InStock: 3, Backorderable: 6, ExpectedOn: Soon), stock);
        Assert.Equal(9, stock.Sellable);
        Assert.Equal(0, stock.BackorderedOf(3));
        Assert.Equal(2, stock.BackorderedOf(5));
        Assert.Equal(Later, SkuStock.From([new SkuLevel(7, 0, 4, 4, Soon), new SkuLevel(7, 0, 0, 2, Later)]).ExpectedOn);
    }

    [Fact]
    public void AReceipt_UsesUpTheAllowanceAsTheUnitsArrive_AndForgetsTheDateWhenAllHaveCome()
    {
        var level = new StockLevel(7, "WH-MI");
        level.AllowBackorders(10, Soon);

        level.Receive(4, "PO-1", DateTimeOffset.UnixEpoch);
        Assert.Equal((4, 6, (DateOnly?)Soon), (level.OnHand, level.BackorderLimit, level.ExpectedOn));

        level.Receive(8, "PO-2", DateTimeOffset.UnixEpoch);
        Assert.Equal((12, 0, (DateOnly?)null), (level.OnHand, level.BackorderLimit, level.ExpectedOn));
        Assert.Throws<ArgumentOutOfRangeException>(() => level.AllowBackorders(-1, Soon));
    }
}
