using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Vetrina.Analytics.Domain;

namespace Vetrina.Analytics.Spend;

/// <summary>
/// Reads Google Ads' click performance report (Google click ID, Campaign, Click date or Day): which campaign each click
/// was bought in. Title lines before the header are skipped and "Total" lines ignored; one bad line and nothing is taken.
/// </summary>
internal static class AdClickFile
{
    private static readonly string[] ClickNames = ["google click id", "gclid", "click id", "id clic google", "google 클릭 id"];
    private static readonly string[] CampaignNames = ["campaign", "campaign name", "campagna", "캠페인"];
    private static readonly string[] DayNames = ["click date", "day", "date", "data del clic", "giorno", "클릭 날짜", "일"];

    /// <summary>Whether the file is a click report: a header among its first lines names click ids.</summary>
    public static bool Recognises(string content)
    {
        using var text = new StringReader(content);
        for (var i = 0; i < 10 && text.ReadLine() is { } line; i++)
        {
            if (line.Split([',', ';', '\t']).Select(c => c.Trim().Trim('"').ToLowerInvariant()).Any(ClickNames.Contains))
            {
                return true;
            }
        }

        return false;
    }

    public static (IReadOnlyList<AdClick> Clicks, IReadOnlyList<SpendError> Errors) Read(TextReader text)
    {
        var clicks = new Dictionary<string, AdClick>();
        var errors = new List<SpendError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, MissingFieldFound = null, BadDataFound = null, HasHeaderRecord = false };
        using var csv = new CsvReader(text, config);
        (int Click, int Campaign, int Day)? columns = null;
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var cells = csv.Parser.Record ?? [];
            if (columns is null)
            {
                var names = cells.Select(c => c.Trim().ToLowerInvariant()).ToArray();
                var (clickAt, campaignAt, dayAt) = (Array.FindIndex(names, ClickNames.Contains), Array.FindIndex(names, CampaignNames.Contains),
                    Array.FindIndex(names, DayNames.Contains));
                if (clickAt >= 0)
                {
                    if (campaignAt < 0 || dayAt < 0)
                    {
                        errors.Add(new(line, $"The header has no {(campaignAt < 0 ? "campaign" : "click date")} column. Add it to the click report before exporting."));
                        break;
                    }

                    columns = (clickAt, campaignAt, dayAt);
                }

                continue;
            }

            string Cell(int column) => column < cells.Length ? cells[column].Trim() : "";
            var key = Cell(columns.Value.Click);
            if (key.Length == 0 || key.StartsWith("Total", StringComparison.OrdinalIgnoreCase) || key == "--")
            {
                continue;
            }

            var problems = errors.Count;
            if (key.Length > EventLimits.Text)
            {
                errors.Add(new(line, $"The click id is over {EventLimits.Text} characters: check the columns."));
            }

            var name = Cell(columns.Value.Campaign).ToLowerInvariant();
            if (name.Length is 0 or > EventLimits.Text)
            {
                errors.Add(new(line, name.Length == 0 ? "The click has no campaign." : $"The campaign name is over {EventLimits.Text} characters."));
            }

            var dayText = Cell(columns.Value.Day);
            if (!AdSpendFile.TryDate(dayText, out var day))
            {
                errors.Add(new(line, $"'{dayText}' is not a date: use YYYY-MM-DD as Google Ads exports it."));
            }

            if (errors.Count == problems)
            {
                clicks[key] = new AdClick { ClickKey = key, Campaign = name, Day = day };
            }

            if (clicks.Count > AdSpendFile.MaxRows)
            {
                errors.Add(new(line, $"An import holds at most {AdSpendFile.MaxRows:N0} clicks; export a shorter period."));
                break;
            }
        }

        return errors.Count > 0 ? ([], errors) : ([.. clicks.Values], errors);
    }
}
