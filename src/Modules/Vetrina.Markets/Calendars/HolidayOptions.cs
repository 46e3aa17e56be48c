namespace Vetrina.Markets.Calendars;

/// <summary>
/// Configuration section <c>Vetrina:Markets:Holidays</c>: extra public holidays per market code, as dates
/// ("2028-01-27"). Italy's are computed every year (Easter Monday included); Korea's follow the lunar calendar and
/// substitute-holiday rules, so the years ahead are listed in <see cref="MarketCalendars"/> and later ones added here.
/// </summary>
internal sealed class HolidayOptions : Dictionary<string, List<DateOnly>>
{
    public HolidayOptions()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }
}
