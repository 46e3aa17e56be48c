using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Spend;

/// <summary>A line of an import that cannot be taken, and why, by its line number in the file.</summary>
internal sealed record SpendError(int Line, string Message);

/// <summary>
/// Reads a cost export as Google Ads and Meta Ads Manager write it: title lines before the header are skipped, columns are
/// found by the names either network uses (Day or Reporting starts; Campaign or Campaign name; Impr. or Impressions;
/// Clicks or Link clicks; Cost or Amount spent (EUR); Currency code or Currency; Campaign ID where there is one), "Total" lines are ignored. Every line is
/// checked; one bad line and nothing is taken, with every problem listed by line.
/// </summary>
internal static class AdSpendFile
{
    public const int MaxRows = 200_000;

    private static readonly string[] DayNames = ["day", "date", "reporting starts", "giorno", "data", "일"];
    private static readonly string[] CampaignNames = ["campaign", "campaign name", "campagna", "nome della campagna", "캠페인", "캠페인 이름"];
    private static readonly string[] ImpressionNames = ["impr.", "impressions", "impressioni", "노출"];
    private static readonly string[] ClickNames = ["clicks", "link clicks", "clicks (all)", "clic", "clic sul link", "클릭", "링크 클릭"];
    private static readonly string[] CostNames = ["cost", "amount spent", "spend", "costo", "importo speso", "비용", "지출 금액"];
    private static readonly string[] CurrencyNames = ["currency code", "currency", "codice valuta", "valuta", "통화"];
    private static readonly string[] CampaignIdNames = ["campaign id", "id campagna", "캠페인 id"];

    public static (IReadOnlyList<AdSpend> Rows, IReadOnlyList<SpendError> Errors) Read(TextReader text, AdNetwork network)
    {
        var rows = new List<AdSpend>();
        var errors = new List<SpendError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, MissingFieldFound = null, BadDataFound = null, HasHeaderRecord = false };
        using var csv = new CsvReader(text, config);
        Columns? columns = null;
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var cells = csv.Parser.Record ?? [];
            if (columns is null)
            {
                // Exports open with a title and the date range; the header is among the first lines.
                columns = Columns.Find(cells) is { } found ? found with { HeaderLine = line } : null;
                if ((columns is null && line >= 10) || columns?.Missing is not null)
                {
                    break;
                }

                continue;
            }

            if (cells.All(string.IsNullOrWhiteSpace) || Cell(cells, columns.Day).StartsWith("Total", StringComparison.OrdinalIgnoreCase)
                || Cell(cells, columns.Campaign) is "" or "--" or "Total")
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                errors.Add(new(line, $"An import holds at most {MaxRows:N0} lines; export a shorter period."));
                break;
            }

            var row = ReadRow(cells, columns, network, line, errors);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        if (columns is null)
        {
            errors.Add(new(1, "No header line names a day and a campaign: export the campaign report with the Day segment (Google Ads) or by day (Meta), as CSV."));
        }
        else if (columns.Missing is { } missing)
        {
            errors.Insert(0, new(columns.HeaderLine, $"The header has no {missing} column. Add it to the report before exporting."));
        }

        var duplicates = rows.GroupBy(r => (r.Day, r.Campaign)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        errors.AddRange(duplicates.Select(d => new SpendError(0, $"{d.Campaign} on {d.Day:yyyy-MM-dd} appears on more than one line: export without other segments.")));
        return errors.Count > 0 ? ([], errors) : (rows, errors);
    }

    private static AdSpend? ReadRow(string[] cells, Columns columns, AdNetwork network, int line, List<SpendError> errors)
    {
        var problems = errors.Count;
        var dayText = Cell(cells, columns.Day);
        if (!TryDate(dayText, out var day))
        {
            errors.Add(new(line, $"'{dayText}' is not a date: use YYYY-MM-DD as the networks export it."));
        }

        var campaign = Cell(cells, columns.Campaign).Trim().ToLowerInvariant();
        if (campaign.Length > EventLimits.Text)
        {
            errors.Add(new(line, $"The campaign name is over {EventLimits.Text} characters."));
        }

        var impressions = Whole(cells, columns.Impressions, "impressions", line, errors);
        var clicks = Whole(cells, columns.Clicks, "clicks", line, errors);
        var currencyCode = columns.Currency is { } c ? Cell(cells, c).Trim() : columns.CostCurrency ?? "";
        if (!Currency.TryFromCode(currencyCode, out var currency))
        {
            errors.Add(new(line, currencyCode.Length == 0
                ? "No currency: add the Currency code column, or export with the currency in the cost column's name."
                : $"'{currencyCode}' is not a currency the shop reports in ({string.Join(", ", Currency.All.Select(x => x.Code))})."));
        }

        var costText = Cell(cells, columns.Cost);
        if (!TryAmount(costText, out var cost))
        {
            errors.Add(new(line, $"The cost '{costText}' is not an amount."));
        }
        else if (cost < 0)
        {
            errors.Add(new(line, $"The cost {costText} is negative: a cost is never below zero."));
        }

        if (clicks > impressions && impressions > 0)
        {
            errors.Add(new(line, $"{clicks} clicks from {impressions} impressions: check the columns."));
        }

        return errors.Count > problems ? null : new AdSpend
        {
            Network = network, Day = day, Campaign = campaign, CampaignId = columns.CampaignId is { } id && Cell(cells, id) is { Length: > 0 and <= EventLimits.Text } campaignId
                ? campaignId.ToLowerInvariant() : null,
            Impressions = impressions, Clicks = clicks,
            CostMinor = (long)Math.Round(cost * currency.MinorPerMajor, MidpointRounding.AwayFromZero), Currency = currency.Code,
        };
    }

    private static long Whole(string[] cells, int column, string what, int line, List<SpendError> errors)
    {
        var text = Cell(cells, column);
        if (TryAmount(text, out var value) && value >= 0 && value == decimal.Truncate(value))
        {
            return (long)value;
        }

        errors.Add(new(line, $"The {what} '{text}' is not a whole number of zero or more."));
        return 0;
    }

    private static string Cell(string[] cells, int column) => column >= 0 && column < cells.Length ? cells[column].Trim() : "";

    /// <summary>A day as the networks' exports write it.</summary>
    internal static bool TryDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/MM/dd", "MMM d, yyyy", "ddd, MMM d, yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>"1,234.56", "1234.56", "1.234,56" (Italian Excel), "1234": the last separator followed by one or two digits is the decimal one.</summary>
    internal static bool TryAmount(string text, out decimal value)
    {
        var t = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        var decimalAt = Math.Max(t.LastIndexOf('.'), t.LastIndexOf(','));
        if (decimalAt >= 0 && t.Length - decimalAt - 1 is 1 or 2)
        {
            t = t[..decimalAt].Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) + "." + t[(decimalAt + 1)..];
        }
        else
        {
            t = t.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }

        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private sealed record Columns(int HeaderLine, int Day, int Campaign, int Impressions, int Clicks, int Cost, int? Currency, string? CostCurrency, string? Missing,
        int? CampaignId)
    {
        public static Columns? Find(string[] header)
        {
            var names = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            var day = IndexOf(names, DayNames);
            var campaign = IndexOf(names, CampaignNames);
            if (day < 0 || campaign < 0)
            {
                return null;
            }

            var impressions = IndexOf(names, ImpressionNames);
            var clicks = IndexOf(names, ClickNames);
            // Meta names the currency in the cost column: "Amount spent (EUR)".
            var cost = Array.FindIndex(names, n => CostNames.Any(c => n == c || n.StartsWith(c + " (", StringComparison.Ordinal)));
            var currency = IndexOf(names, CurrencyNames);
            string? costCurrency = cost >= 0 && names[cost].EndsWith(')') && names[cost].LastIndexOf('(') is var open and > 0
                ? names[cost][(open + 1)..^1].ToUpperInvariant()
                : null;
            var missing = impressions < 0 ? "impressions" : clicks < 0 ? "clicks" : cost < 0 ? "cost" : null;
            var campaignId = IndexOf(names, CampaignIdNames);
            return new Columns(0, day, campaign, impressions, clicks, cost, currency < 0 ? null : currency, costCurrency, missing, campaignId < 0 ? null : campaignId);
        }

        private static int IndexOf(string[] names, string[] wanted) => Array.FindIndex(names, wanted.Contains);
    }
}
