using System.Globalization;

namespace Vetrina.Kernel.Time;

/// <summary>
/// Moments as a shopper reads them: in their market's time zone, written the way their language writes dates, with the
/// zone's offset from GMT, since a shopper abroad reads the shop's time.
/// </summary>
public static class LocalTimes
{
    /// <summary>"6 December 2026, 10:17 (GMT+1)", "6 dicembre 2026, 10:17 (GMT+1)", "2026년 12월 6일 18:17 (GMT+9)".</summary>
    public static string DateAndTime(DateTimeOffset at, TimeZoneInfo zone, string language)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{Languages.FormatDate(DateOnly.FromDateTime(local.DateTime), language)}{(Languages.Normalize(language) == Languages.Korean ? "" : ",")} "
            + $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)} ({Offset(local.Offset)})";
    }

    /// <summary>A day and time of the current year, short: "6 Dec 10:17", "6 dic 10:17", "12월 6일 18:17" (in the zone, which the page names once).</summary>
    public static string ShortDateAndTime(DateTimeOffset at, TimeZoneInfo zone, string language)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{ShortDate(DateOnly.FromDateTime(local.DateTime), language)} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"6 Dec", "6 dic", "12월 6일".</summary>
    public static string ShortDate(DateOnly date, string language) => Languages.Normalize(language) switch
    {
        Languages.Korean => date.ToString("M월 d일", CultureInfo.InvariantCulture),
        Languages.Italian => date.ToString("d MMM", CultureInfo.GetCultureInfo("it-IT")),
        _ => date.ToString("d MMM", CultureInfo.GetCultureInfo("en-GB")),
    };

    private static string Offset(TimeSpan offset) => offset == TimeSpan.Zero ? "GMT"
        : $"GMT{(offset < TimeSpan.Zero ? "−" : "+")}{Math.Abs(offset.Hours)}{(offset.Minutes == 0 ? "" : $":{Math.Abs(offset.Minutes):00}")}";
}
