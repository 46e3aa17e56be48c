namespace Vetrina.Promotions.Domain;

/// <summary>
/// Which items a promotion applies to: everything, or items in any of the listed categories ("category:KNIT", the
/// category or any below it) or collections ("collection:new-in", by English handle).
/// </summary>
internal static class Eligibility
{
    public static IReadOnlyList<string> Parse(string? tokens) =>
        [.. (tokens ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant())];

    /// <summary>Whether an item tagged with <paramref name="itemTokens"/> is eligible under <paramref name="rule"/> (empty: all are).</summary>
    public static bool Matches(IReadOnlyList<string> rule, IReadOnlySet<string> itemTokens) => rule.Count == 0 || rule.Any(itemTokens.Contains);

    public static bool IsWellFormed(string token) =>
        (token.StartsWith("category:", StringComparison.Ordinal) || token.StartsWith("collection:", StringComparison.Ordinal)) && token.IndexOf(':') < token.Length - 1;
}
