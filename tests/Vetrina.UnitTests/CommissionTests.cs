using Vetrina.Marketing.Influencers;

namespace Vetrina.UnitTests;

public sealed class CommissionTests
{
    [Fact]
    public void NetSales_LeaveOutVatAndWhatCameBack_AndTheDiscountInProportion()
    {
        // Two shirts at 122.00 with 22 % VAT, 24.40 off (10 %), one returned: kept 122.00 less 12.20 = 109.80, without VAT 90.00.
        Assert.Equal(9000, Commission.NetSales([new SoldLine(12200, 2, 1, 2200)], 2440));
        // Nothing returned, no discount: 244.00 → 200.00.
        Assert.Equal(20000, Commission.NetSales([new SoldLine(12200, 2, 0, 2200)], 0));
        // Everything back: nothing earned.
        Assert.Equal(0, Commission.NetSales([new SoldLine(12200, 2, 2, 2200)], 2440));
        // Korean won, 10 % VAT, two lines: 110,000 + 55,000 → 150,000.
        Assert.Equal(150000, Commission.NetSales([new SoldLine(110000, 1, 0, 1000), new SoldLine(55000, 1, 0, 1000)], 0));
    }

    [Theory]
    [InlineData(9000, 1000, 900)]
    [InlineData(8197, 500, 410)]
    [InlineData(0, 1000, 0)]
    public void Commission_IsTheRateOfNetSales_RoundedHalfAway(long net, int basisPoints, long expected) =>
        Assert.Equal(expected, Commission.Of(net, basisPoints));
}
