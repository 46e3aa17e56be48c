using Vetrina.Cart.Contracts;
using Vetrina.Cart.Domain;

namespace Vetrina.UnitTests;

public sealed class CartTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Adding_TheSameSkuTwice_GrowsOneLine_AndRemembersTheLatestPrice()
    {
        var cart = new ShoppingCart(Guid.NewGuid(), "IT", Now);
        Assert.Null(cart.Add(skuId: 7, quantity: 1, price: 12900, available: 5, Now));
        Assert.Null(cart.Add(skuId: 7, quantity: 2, price: 11900, available: 5, Now.AddMinutes(1)));
        var line = Assert.Single(cart.Lines);
        Assert.Equal((3, 11900L), (line.Quantity, line.PriceSeen));
        Assert.Equal(3, cart.ItemCount);
        Assert.Equal(Now.AddMinutes(1), cart.UpdatedAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MaxValue)]
    public void Quantities_OutsideOneToTen_AreRefused(int quantity)
    {
        var cart = new ShoppingCart(Guid.NewGuid(), "IT", Now);
        Assert.Equal(CartError.QuantityOutOfRange, cart.Add(1, quantity, 100, available: int.MaxValue, Now)?.Error);
        Assert.Empty(cart.Lines);
    }

    [Fact]
    public void Adding_MoreThanIsAvailable_SaysHowManyAreLeft()
    {
        var cart = new ShoppingCart(Guid.NewGuid(), "KR", Now);
        Assert.Null(cart.Add(1, 2, 129000, available: 3, Now));
        var problem = cart.Add(1, 2, 129000, available: 3, Now);
        Assert.Equal(new CartProblem(CartError.NotEnoughStock, 3), problem);
        Assert.Equal(2, cart.Lines[0].Quantity);
    }

    [Fact]
    public void A_Bag_HoldsAtMostFiftyLines()
    {
        var cart = new ShoppingCart(Guid.NewGuid(), "IT", Now);
        for (var sku = 1; sku <= ShoppingCart.MaxLines; sku++)
        {
            Assert.Null(cart.Add(sku, 1, 100, 1, Now));
        }

        Assert.Equal(CartError.TooManyLines, cart.Add(999, 1, 100, 1, Now)?.Error);
    }

    [Fact]
    public void Lowering_AQuantity_IsAllowed_EvenWhenStockFellBelowIt()
    {
        var cart = new ShoppingCart(Guid.NewGuid(), "IT", Now);
        cart.Add(1, 5, 100, available: 5, Now);
        var lineId = cart.Lines[0].Id;
        Assert.Null(cart.SetQuantity(lineId, 4, 100, available: 1, Now));
        Assert.Equal(CartError.NotEnoughStock, cart.SetQuantity(lineId, 5, 100, available: 1, Now)?.Error);
        Assert.Null(cart.SetQuantity(lineId, 0, 100, available: 0, Now));
        Assert.Empty(cart.Lines);
        Assert.Equal(CartError.UnknownLine, cart.SetQuantity(lineId, 0, 100, 0, Now)?.Error);
    }
}
