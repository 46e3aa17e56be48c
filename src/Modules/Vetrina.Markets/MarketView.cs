using System.ComponentModel;
using Vetrina.Kernel;

namespace Vetrina.Markets;

/// <summary>What other modules need to know of a market; immutable so it can be cached and shared.</summary>
[ImmutableObject(true)]
public sealed record MarketView(string Code, LocalizedText Name, Currency Currency, VatRate Vat, string DefaultLanguage, IReadOnlyList<string> Countries);

/// <summary>
/// The markets as one cached value. Immutable and sealed, so HybridCache hands out the same instance from memory instead
/// of deserialising a copy on every read.
/// </summary>
[ImmutableObject(true)]
public sealed record MarketList(IReadOnlyList<MarketView> Items);

public static class MarketChoice
{
    /// <summary>
    /// The market someone away from the shop (an email's reader) is priced in: the one selling to their country, else the
    /// one of their language, else the first.
    /// </summary>
    public static MarketView For(IReadOnlyList<MarketView> markets, string country, string language) =>
        markets.FirstOrDefault(m => m.Countries.Contains(country)) ?? markets.FirstOrDefault(m => m.DefaultLanguage == language) ?? markets[0];
}
