namespace Vetrina.Kernel;

/// <summary>A VAT rate in basis points (2200 = 22%). Shop prices are VAT-inclusive, so VAT is carved out of a gross amount.</summary>
public readonly record struct VatRate(int BasisPoints)
{
    public decimal Percent => BasisPoints / 100m;

    /// <summary>The VAT contained in a gross (VAT-inclusive) amount, rounded to the currency's minor unit.</summary>
    public Money VatIncludedIn(Money gross)
    {
        var net = decimal.Round(gross.Minor * 10_000m / (10_000 + BasisPoints), 0, MidpointRounding.AwayFromZero);
        return new Money(gross.Minor - decimal.ToInt64(net), gross.Currency);
    }

    public Money NetOf(Money gross) => gross - VatIncludedIn(gross);
}
