using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Vetrina.Kernel;

/// <summary>
/// Country names as each storefront language writes them, from CLDR 45 (Unicode licence): an English page lists
/// "United States", an Italian one "Stati Uniti", a Korean one "미국", each sorted as its language sorts.
/// </summary>
public static class CountryNames
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> ByLanguage = Load();

    /// <summary>Every country (ISO 3166-1 alpha-2, and Kosovo's XK).</summary>
    public static IEnumerable<string> Codes => ByLanguage[Languages.English].Keys;

    /// <summary>The country's name in the language; its code where none is known.</summary>
    public static string Of(string code, string language) => ByLanguage[Languages.Normalize(language)].GetValueOrDefault(code) ?? code;

    /// <summary>The countries with their names, in the language's alphabetical order (Korean by Hangul, not by code point).</summary>
    public static IReadOnlyList<(string Code, string Name)> Sorted(IEnumerable<string> codes, string language)
    {
        var lang = Languages.Normalize(language);
        var order = StringComparer.Create(CultureInfo.GetCultureInfo(lang), ignoreCase: true);
        return [.. codes.Select(c => (c, Of(c, lang))).OrderBy(c => c.Item2, order)];
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream("Vetrina.Kernel.country-names.json")
            ?? throw new InvalidOperationException("The country names are missing from the build.");
        var names = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
        return names.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenDictionary());
    }
}
