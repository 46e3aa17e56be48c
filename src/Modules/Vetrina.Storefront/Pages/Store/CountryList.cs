using System.Collections.Frozen;
using System.Globalization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>Countries for the address forms, each named in its own language (Italia, 대한민국, United States) so anyone finds their own.</summary>
internal static class CountryList
{
    private static readonly FrozenDictionary<string, string> All = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
        .OfType<RegionInfo>()
        .Where(r => r.TwoLetterISORegionName.Length == 2 && r.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
        .DistinctBy(r => r.TwoLetterISORegionName)
        .ToFrozenDictionary(r => r.TwoLetterISORegionName, r => r.NativeName);

    /// <summary>Every country, for addresses kept for any market (the address book).</summary>
    public static IReadOnlyList<(string Code, string Name)> Everywhere() => For(["*"], []);

    /// <summary>The countries a market delivers to; "*" stands for every country no other market claims.</summary>
    public static IReadOnlyList<(string Code, string Name)> For(IReadOnlyList<string> marketCountries, IEnumerable<string> claimedElsewhere)
    {
        var codes = marketCountries.Contains("*") ? All.Keys.Except(claimedElsewhere) : marketCountries;
        return [.. codes.Select(c => (c, All.GetValueOrDefault(c) ?? c)).OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.InvariantCulture, true))];
    }
}
