using Vetrina.Orders.Contracts;

namespace Vetrina.Analytics.Reporting;

/// <summary>A style and colour (and size, when asked) with its units sold and returned and why, and what the reasons say of its fit.</summary>
internal sealed record ReturnReasonRow(string StyleCode, string Name, string Colour, string? Size, int Sold, int Returned, IReadOnlyDictionary<ReturnReason, int> ByReason,
    int NoReasonGiven)
{
    public decimal? ReturnRate => Sold > 0 ? Math.Round((decimal)Returned / Sold, 4) : null;

    public int Of(ReturnReason reason) => ByReason.GetValueOrDefault(reason);

    /// <summary>See <see cref="KpiDefinitions.Fit"/>.</summary>
    public string? Fit => ReturnReasons.Fit(Of(ReturnReason.TooSmall), Of(ReturnReason.TooLarge), Returned);
}

internal static class ReturnReasons
{
    public const int MinimumReturns = 3;

    public static string? Fit(int tooSmall, int tooLarge, int returned) =>
        returned < MinimumReturns ? null
        : tooSmall * 4 >= returned && tooSmall >= 2 * tooLarge && tooSmall > 0 ? "Runs small"
        : tooLarge * 4 >= returned && tooLarge >= 2 * tooSmall && tooLarge > 0 ? "Runs large"
        : null;

    /// <summary>The rows by style and colour (sizes added up), or by size too; the most returned first.</summary>
    public static IReadOnlyList<ReturnReasonRow> Group(IEnumerable<ReturnStatisticsRow> rows, bool bySize) =>
        [.. rows.GroupBy(r => (r.StyleCode, r.Colour, Size: bySize ? r.Size : null))
            .Select(g => new ReturnReasonRow(g.Key.StyleCode, g.First().Name, g.Key.Colour, g.Key.Size, g.Sum(r => r.Sold), g.Sum(r => r.Returned),
                g.SelectMany(r => r.ByReason).GroupBy(p => p.Key).ToDictionary(p => p.Key, p => p.Sum(x => x.Value)), g.Sum(r => r.NoReasonGiven)))
            .OrderByDescending(r => r.Returned).ThenBy(r => r.StyleCode, StringComparer.Ordinal).ThenBy(r => r.Colour, StringComparer.Ordinal)
            .ThenBy(r => r.Size, StringComparer.Ordinal)];
}
