using System.Text.Json;

namespace Vetrina.Admin.Contracts;

/// <summary>
/// Charts on back-office pages: the data goes next to its canvas as JSON, and the shell's chart script (the partial
/// <c>_ChartScripts</c>, once per page) draws every one.
/// </summary>
public static class Charts
{
    /// <summary>A chart's data for the page's script; a comparison series is drawn dashed.</summary>
    public static string Json(string type, IEnumerable<string> labels, params (string Label, IEnumerable<decimal> Data, bool Comparison)[] sets) =>
        JsonSerializer.Serialize(new
        {
            type,
            labels,
            datasets = sets.Select(s => new { label = s.Label, data = s.Data, comparison = s.Comparison }),
        });
}
