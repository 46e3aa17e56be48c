namespace Vetrina.Kernel.Addresses;

/// <summary>
/// An address laid out as its country writes it (after the formats of Google's address data): "20121 Milano MI" in
/// Italy, "Springfield, IL 62701" in the United States, the town and then the postcode on lines of their own in the
/// United Kingdom, and in Korea, in Korean, from the region down with the postcode last; the country named last in the
/// reader's language.
/// </summary>
public static class AddressLines
{
    public static IReadOnlyList<string> Of(string name, string line1, string? line2, string city, string? region, string postalCode, string countryCode,
        string language)
    {
        string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        IEnumerable<string?> lines = countryCode switch
        {
            "KR" when Languages.Normalize(language) == Languages.Korean => [Join(region, city), line1, line2, name, postalCode],
            "US" or "CA" or "AU" => [name, line1, line2, $"{city}{(string.IsNullOrWhiteSpace(region) ? "" : ", " + region)} {postalCode}".Trim()],
            "GB" or "KR" => [name, line1, line2, Join(city, region), postalCode],
            _ => [name, line1, line2, Join(postalCode, city, region)],
        };
        return [.. lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!), CountryNames.Of(countryCode, language)];
    }
}
