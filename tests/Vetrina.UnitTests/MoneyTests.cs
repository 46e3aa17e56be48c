using Vetrina.Kernel;

namespace Vetrina.UnitTests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(129.995, "EUR", 13000)]
    [InlineData(129.994, "EUR", 12999)]
    [InlineData(129000.5, "KRW", 129001)]
    [InlineData(129000.4, "KRW", 129000)]
    [InlineData(-0.005, "USD", -1)]
    public void FromMajor_RoundsHalfAwayFromZeroToTheMinorUnit(double major, string currency, long expectedMinor) =>
        Assert.Equal(expectedMinor, Money.FromMajor((decimal)major, Currency.FromCode(currency)).Minor);

    [Fact]
    public void Format_UsesEachCurrencysConventions()
    {
        Assert.Equal("₩129,000", Money.FromMajor(129000, Currency.Krw).Format());
        Assert.Equal("129,00 €", Money.FromMajor(129, Currency.Eur).Format());
        Assert.Equal("$1,299.50", Money.FromMajor(1299.5m, Currency.Usd).Format());
    }

    [Fact]
    public void Adding_DifferentCurrencies_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Money.FromMajor(1, Currency.Eur) + Money.FromMajor(1, Currency.Krw));

    [Theory]
    [InlineData(19900, 3000, 13930)]
    [InlineData(9999, 3333, 6666)]
    [InlineData(100, 0, 100)]
    [InlineData(100, 10000, 0)]
    public void PercentOff_RoundsToTheMinorUnit(long minor, int basisPoints, long expected) =>
        Assert.Equal(expected, new Money(minor, Currency.Eur).PercentOff(basisPoints).Minor);

    [Fact]
    public void PercentOff_AboveOneHundredPercent_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(100, Currency.Eur).PercentOff(10_001));

    [Theory]
    [InlineData(12200, 2200, 2200)] // 122,00 € gross at 22% holds 22,00 € VAT
    [InlineData(19900, 2200, 3589)] // 199,00 € -> net 163,11, VAT 35,89
    [InlineData(129000, 1000, 11727)] // ₩129,000 at 10% -> net 117,273, VAT 11,727
    [InlineData(5000, 0, 0)]
    public void VatIncludedIn_CarvesVatOutOfAGrossPrice(long gross, int basisPoints, long expectedVat)
    {
        var vat = new VatRate(basisPoints).VatIncludedIn(new Money(gross, Currency.Eur));
        Assert.Equal(expectedVat, vat.Minor);
        Assert.Equal(gross, (new VatRate(basisPoints).NetOf(new Money(gross, Currency.Eur)) + vat).Minor);
    }
}
