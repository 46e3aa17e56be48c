using System.Globalization;

namespace Vetrina.Kernel;

/// <summary>
/// An exact amount in a currency's minor unit. Integers keep sums exact and sort the same way in SQLite and PostgreSQL.
/// </summary>
public readonly record struct Money(long Minor, Currency Currency) : IComparable<Money>
{
    public static Money Zero(Currency currency) => new(0, currency);

    /// <summary>Converts a decimal amount, rounding half away from zero to the currency's minor unit.</summary>
    public static Money FromMajor(decimal major, Currency currency)
    {
        var scaled = decimal.Round(major * currency.MinorPerMajor, 0, MidpointRounding.AwayFromZero);
        return new Money(decimal.ToInt64(scaled), currency);
    }

    public decimal Major => (decimal)Minor / Currency.MinorPerMajor;

    public bool IsNegative => Minor < 0;

    public static Money operator +(Money left, Money right) => new(checked(left.Minor + Same(left, right).Minor), left.Currency);

    public static Money operator -(Money left, Money right) => new(checked(left.Minor - Same(left, right).Minor), left.Currency);

    public static Money operator *(Money money, int quantity) => new(checked(money.Minor * quantity), money.Currency);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Multiply(int quantity) => this * quantity;

    /// <summary>Applies a percentage off in basis points (2000 = 20%), rounding the result to the minor unit.</summary>
    public Money PercentOff(int basisPoints)
    {
        if (basisPoints is < 0 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(basisPoints), "A discount lies between 0 and 100%.");
        }

        var remaining = decimal.Round(Minor * (10_000 - basisPoints) / 10_000m, 0, MidpointRounding.AwayFromZero);
        return new Money(decimal.ToInt64(remaining), Currency);
    }

    public int CompareTo(Money other) => Minor.CompareTo(Same(this, other).Minor);

    /// <summary>Formats with the currency's own conventions: 129,00 € for EUR, ₩129,000 for KRW, $129.00 for USD.</summary>
    public string Format()
    {
        var culture = Currency.Culture;
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencyDecimalDigits = Currency.MinorDigits;
        return Major.ToString("C", format);
    }

    /// <summary>
    /// Formats as the reader's language writes amounts, with the currency's own symbol and decimals: €420.00 in English
    /// and Korean, 420,00 € in Italian; ₩129,000 and $129.00 in English, 129.000 ₩ in Italian.
    /// </summary>
    public string Format(string language)
    {
        var culture = CultureInfo.GetCultureInfo(Languages.Normalize(language) switch
        {
            Languages.Italian => "it-IT",
            Languages.Korean => "ko-KR",
            _ => "en-IE",
        });
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Currency.Culture.NumberFormat.CurrencySymbol;
        format.CurrencyDecimalDigits = Currency.MinorDigits;
        return Major.ToString("C", format);
    }

    /// <summary>The amount as a form field or a file holds it: invariant, with the currency's decimals (129.00, 129000).</summary>
    public string ToAmountString() => Major.ToString(Currency.MinorDigits == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major} {Currency.Code}");

    private static Money Same(Money left, Money right) =>
        left.Currency == right.Currency
            ? right
            : throw new InvalidOperationException($"Cannot combine {left.Currency.Code} with {right.Currency.Code}.");
}
