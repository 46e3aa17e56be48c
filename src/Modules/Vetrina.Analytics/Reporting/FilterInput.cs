using System.Globalization;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Reporting;

/// <summary>
/// The filters as a page's form or an API call gives them, in text. Reading them makes a <see cref="ReportFilter"/> and a
/// message for each bad one (keyed by its field), the default in its place.
/// </summary>
internal sealed record FilterInput(string? From, string? To, string? Market, string? Channel, string? Device, string? Language, string? Campaign)
{
    public const int LongestRange = 3 * 366;

    public (ReportFilter Filter, IReadOnlyDictionary<string, string> Errors) Read(DateOnly today, int defaultDays = 30)
    {
        var errors = new Dictionary<string, string>();
        var to = Date(nameof(To), To, errors) ?? today;
        var from = Date(nameof(From), From, errors) ?? to.AddDays(1 - defaultDays);
        if (from > to)
        {
            errors[nameof(From)] = "The start comes after the end: showing the days up to the end instead.";
            from = to.AddDays(1 - defaultDays);
        }

        if (to.DayNumber - from.DayNumber + 1 > LongestRange)
        {
            errors[nameof(From)] = $"Show at most {LongestRange} days at once; export longer periods in parts.";
            from = to.AddDays(1 - LongestRange);
        }

        Channel? channel = null;
        if (!string.IsNullOrEmpty(Channel))
        {
            if (Enum.TryParse<Channel>(Channel, out var c) && Enum.IsDefined(c))
            {
                channel = c;
            }
            else
            {
                errors[nameof(Channel)] = $"Pick a channel: {string.Join(", ", Enum.GetNames<Channel>())}.";
            }
        }

        DeviceCategory? device = null;
        if (!string.IsNullOrEmpty(Device))
        {
            if (Enum.TryParse<DeviceCategory>(Device, out var d) && Enum.IsDefined(d))
            {
                device = d;
            }
            else
            {
                errors[nameof(Device)] = $"Pick a device: {string.Join(", ", Enum.GetNames<DeviceCategory>())}.";
            }
        }

        var language = Language;
        if (!string.IsNullOrEmpty(language) && !Languages.IsSupported(language))
        {
            errors[nameof(Language)] = $"Use one of {string.Join(", ", Languages.All)}.";
            language = null;
        }

        return (new ReportFilter(from, to, string.IsNullOrWhiteSpace(Market) ? null : Market.Trim().ToUpperInvariant(), channel, device,
            string.IsNullOrEmpty(language) ? null : language, string.IsNullOrWhiteSpace(Campaign) ? null : Campaign.Trim().ToLowerInvariant()), errors);
    }

    private static DateOnly? Date(string field, string? value, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = $"'{value}' is not a date: use the date picker or YYYY-MM-DD.";
        return null;
    }
}
