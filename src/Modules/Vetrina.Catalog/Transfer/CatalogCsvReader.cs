using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Vetrina.Catalog.Transfer;

/// <summary>Reads the rows of an import file and checks its shape: known, unique columns and a field count per line.</summary>
internal static class CatalogCsvReader
{
    public const int MaxRows = 100_000;

    private static readonly string[] Required = [CatalogCsvColumns.Handle, CatalogCsvColumns.Title, CatalogCsvColumns.VariantBarcode];

    public static async Task<(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows)> ReadAsync(TextReader reader, IReadOnlyList<string> markets,
        List<ImportError> errors)
    {
        // Excel in Italy and Korea saves "CSV" with semicolons: the delimiter is detected from the header line.
        // Reads are asynchronous because the file may be a request body.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, MissingFieldFound = null };
        using var csv = new CsvReader(reader, config);
        var rows = new List<CsvRow>();
        string[] header = [];
        try
        {
            if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } names)
            {
                errors.Add(new(1, null, "The file is empty. Its first line names the columns, e.g. Handle,Title,Option1 Name,..."));
                return ([], rows);
            }

            header = [.. names.Select(n => n.Trim())];
            if (!CheckHeader(header, markets, errors))
            {
                return (header, rows);
            }

            while (await csv.ReadAsync())
            {
                var line = csv.Parser.RawRow;
                if (csv.Parser.Count != header.Length)
                {
                    errors.Add(new(line, null, $"This line has {csv.Parser.Count} fields; the header has {header.Length}. Check for a missing or extra separator."));
                    continue;
                }

                var cells = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    cells[header[i]] = csv.GetField(i) ?? "";
                }

                if (cells.Values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count == MaxRows)
                {
                    errors.Add(new(line, null, $"An import holds at most {MaxRows:N0} lines. Split the file by season or category."));
                    break;
                }

                rows.Add(new CsvRow(line, cells));
            }
        }
        catch (CsvHelperException e)
        {
            errors.Add(new(e.Context?.Parser?.RawRow ?? 0, null, "The line is not valid CSV (often a quote that is opened but never closed)."));
        }

        return (header, rows);
    }

    private static bool CheckHeader(string[] header, IReadOnlyList<string> markets, List<ImportError> errors)
    {
        foreach (var duplicate in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new(1, duplicate.Key, $"The column '{duplicate.Key}' appears {duplicate.Count()} times; keep one."));
        }

        foreach (var unknown in header.Where(h => !CatalogCsvColumns.IsKnown(h, markets)))
        {
            errors.Add(new(1, unknown, $"Unknown column '{unknown}'. Use Shopify's product CSV columns or Vetrina's (export the catalogue to see them all)."));
        }

        foreach (var missing in Required.Where(r => !header.Contains(r)))
        {
            errors.Add(new(1, missing, $"The column '{missing}' is missing; every import needs {string.Join(", ", Required)}."));
        }

        return errors.Count == 0;
    }
}
