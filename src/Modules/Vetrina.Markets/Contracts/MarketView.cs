using System.ComponentModel;
using Vetrina.Kernel;

namespace Vetrina.Markets.Contracts;

/// <summary>What other modules need to know of a market; immutable so it can be cached and shared.</summary>
/// <param name="TimeZone">The IANA zone of the market's shoppers: times shown to them are in it.</param>
[ImmutableObject(true)]
public sealed record MarketView(string Code, LocalizedText Name, Currency Currency, VatRate Vat, string DefaultLanguage, IReadOnlyList<string> Countries,
    string TimeZone)
{
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

/// <summary>How someone away from the shop is priced.</summary>
public static class MarketChoice
{
    /// <summary>
    /// The market someone away from the shop (an email's reader) is priced in: the one selling to their country, else the
    /// one of their language, else the first.
    /// </summary>
    public static MarketView For(IReadOnlyList<MarketView> markets, string country, string language) =>
        markets.FirstOrDefault(m => m.Countries.Contains(country)) ?? markets.FirstOrDefault(m => m.DefaultLanguage == language) ?? markets[0];
}
