namespace Vetrina.Kernel.Time;

/// <summary>
/// A market's working days: Monday to Friday, less its public holidays. Deadlines the law counts in business days
/// (Korea: a refund within 3 business days of the returned goods arriving) are counted on it.
/// </summary>
public sealed class BusinessCalendar(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> holidays = [.. holidays];

    public bool IsBusinessDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The business day <paramref name="days"/> business days after <paramref name="from"/> (which itself does not count).</summary>
    public DateOnly AddBusinessDays(DateOnly from, int days)
    {
        var day = from;
        for (var left = days; left > 0;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>The last moment of a day in a time zone: a deadline "by the end of" that day.</summary>
    public static DateTimeOffset EndOf(DateOnly day, TimeZoneInfo zone)
    {
        var next = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(next, zone.GetUtcOffset(next)).AddTicks(-1);
    }
}
