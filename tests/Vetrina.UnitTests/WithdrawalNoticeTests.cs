using Vetrina.Kernel;
using Vetrina.Orders.Notifications;

namespace Vetrina.UnitTests;

public sealed class WithdrawalNoticeTests
{
    private static readonly SellerOptions Seller = new();

    [Fact]
    public void GoodsDeliveredInTheEu_CarryTheFourteenDaysTheFunctionAndTheModelForm()
    {
        var notice = WithdrawalNotice.For("FR", "en", "https://shop.example/en/withdrawal", Seller)!;
        Assert.StartsWith("Right of withdrawal: you may withdraw from this purchase within 14 days", notice[0], StringComparison.Ordinal);
        Assert.Contains("https://shop.example/en/withdrawal", notice[0], StringComparison.Ordinal);
        Assert.Equal("Model withdrawal form", notice[1]);
        Assert.Contains("To: Vetrina S.r.l., Via della Moda 1, 20121 Milano, Italia, shop@vetrina.example", notice);
    }

    [Theory]
    [InlineData("ko", "상품을 받은 날부터 7일 이내에 청약철회를 할 수 있습니다")]
    [InlineData("en", "you may withdraw within 7 days of receiving the goods")]
    public void GoodsDeliveredInKorea_CarryTheSevenDayRule_InTheOrdersLanguage(string language, string words) =>
        Assert.Contains(words, Assert.Single(WithdrawalNotice.For("KR", language, "", Seller)!), StringComparison.Ordinal);

    [Fact]
    public void GoodsDeliveredElsewhere_CarryNoNotice() => Assert.Null(WithdrawalNotice.For("US", "en", "", Seller));
}
