using Vetrina.Analytics.Domain;

namespace Vetrina.UnitTests;

/// <summary>
/// An Italian order at 22% VAT, prices VAT included: a coat €244.00 (VAT €44.00) and a scarf €61.00 (VAT €11.00), 10% off
/// (€30.50, of which VAT €5.50), shipping €12.20 (VAT €2.20). Total €286.70, VAT €51.70 (goods €49.50 + shipping €2.20).
/// Without VAT: gross sales €250.00, discounts €25.00, net sales €225.00, shipping €10.00.
/// </summary>
public sealed class OrderAmountsTests
{
    [Fact]
    public void AnOrderCarryingItsVatSplit_GivesShopifysFigures()
    {
        var amounts = OrderAmounts.Of(28_670, """{"shipping":1220,"tax":5170,"discount":3050,"items_tax":5500,"shipping_tax":220}""");

        Assert.Equal(new OrderAmounts(22_500, 2_500, 5_170), amounts);
    }

    [Fact]
    public void AnOrderWithoutTheSplit_SharesItsVatInProportion_ExactAtOneRate_AndANullIsNoFigure()
    {
        var amounts = OrderAmounts.Of(28_670, """{"shipping":1220,"tax":5170,"discount":3050,"shipping_tax":null}""");

        Assert.Equal(new OrderAmounts(22_500, 2_500, 5_170), amounts);
    }

    [Fact]
    public void APurchaseWithoutDetails_IsAllNetSales()
    {
        Assert.Equal(new OrderAmounts(10_000, 0, 0), OrderAmounts.Of(10_000, null));
        Assert.Equal(new OrderAmounts(10_000, 0, 0), OrderAmounts.Of(10_000, """{"coupon":"SPRING"}"""));
    }
}
