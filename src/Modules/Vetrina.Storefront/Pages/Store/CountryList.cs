using Vetrina.Kernel;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>Countries for the address forms, named in the page's language and sorted as it sorts (<see cref="CountryNames"/>).</summary>
internal static class CountryList
{
    /// <summary>Every country, for addresses kept for any market (the address book).</summary>
    public static IReadOnlyList<(string Code, string Name)> Everywhere(string language) => For(["*"], [], language);

    /// <summary>The countries a market delivers to; "*" stands for every country no other market claims.</summary>
    public static IReadOnlyList<(string Code, string Name)> For(IReadOnlyList<string> marketCountries, IEnumerable<string> claimedElsewhere, string language) =>
        CountryNames.Sorted(marketCountries.Contains("*") ? CountryNames.Codes.Except(claimedElsewhere) : marketCountries, language);
}
