namespace Vetrina.Catalog.Transfer;

/// <summary>One data line of an import file, its cells by column name.</summary>
internal sealed class CsvRow(int line, IReadOnlyDictionary<string, string> cells)
{
    public int Line { get; } = line;

    /// <summary>The trimmed cell, or null when the column is absent or the cell empty.</summary>
    public string? this[string column] =>
        cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public bool Has(string column) => cells.ContainsKey(column);
}
