using System.Globalization;

namespace Vetrina.EmailMarketing.Segments;

/// <summary>What a "bought" rule asks of one order line: category (and its subcategories), season, size, style, recency.</summary>
internal sealed record BoughtFilter(string? Category, string? Season, string? Size, string? Style, int? WithinDays)
{
    private static readonly string[] Keys = ["category", "season", "size", "style", "within-days"];

    public static string? Check(string value)
    {
        var parts = value.Split(':', 2);
        if (parts.Length != 2 || !Keys.Contains(parts[0]) || parts[1].Length == 0)
        {
            return $"'{value}' is not a purchase filter: use category:CODE, season:CODE, size:M, style:CODE or within-days:90.";
        }

        return parts[0] == "within-days" && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _) ? "within-days takes a whole number." : null;
    }

    public static BoughtFilter Parse(IReadOnlyList<string> values)
    {
        string? Get(string key) => values.Select(v => v.Split(':', 2)).Where(p => p[0] == key).Select(p => p[1]).FirstOrDefault();
        return new(Get("category"), Get("season"), Get("size"), Get("style"),
            Get("within-days") is { } days ? int.Parse(days, CultureInfo.InvariantCulture) : null);
    }
}
