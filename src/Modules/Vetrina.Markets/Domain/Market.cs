using Vetrina.Kernel;

namespace Vetrina.Markets.Domain;

/// <summary>A group of countries sold to with one currency, one price list, one VAT rule and a set of languages.</summary>
internal sealed class Market
{
    private Market()
    {
        Code = null!;
        Name = null!;
        Currency = null!;
        DefaultLanguage = null!;
        CountryCodes = null!;
        TimeZone = null!;
    }

    /// <param name="timeZone">The IANA zone the market's shoppers live in, which times shown to them are in.</param>
    public Market(string code, LocalizedText name, Currency currency, VatRate vat, string defaultLanguage, IEnumerable<string> countries, string timeZone)
    {
        // Unknown zones are refused here rather than when a shopper's page is shown.
        _ = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (!Languages.IsSupported(defaultLanguage))
        {
            throw new ArgumentException($"'{defaultLanguage}' is not a storefront language.", nameof(defaultLanguage));
        }

        Code = code.ToUpperInvariant();
        Name = name;
        Currency = currency;
        VatBasisPoints = vat.BasisPoints;
        DefaultLanguage = defaultLanguage;
        CountryCodes = string.Join(',', countries.Select(c => c.ToUpperInvariant()));
        TimeZone = timeZone;
    }

    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    public Currency Currency { get; private set; }

    public int VatBasisPoints { get; private set; }

    public VatRate Vat => new(VatBasisPoints);

    public string DefaultLanguage { get; private set; }

    /// <summary>ISO country codes, comma-separated; "*" stands for every country no other market claims.</summary>
    public string CountryCodes { get; private set; }

    public IReadOnlyList<string> Countries => CountryCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An IANA time zone id (Europe/Rome, Asia/Seoul).</summary>
    public string TimeZone { get; private set; }

    public int Position { get; private set; }

    public void PlaceAt(int position) => Position = position;
}
