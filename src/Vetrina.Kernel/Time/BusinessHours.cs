namespace Vetrina.Kernel.Time;

/// <summary>
/// The hours a team works in one place: its time zone, the daily opening hours, on the business days of its calendar.
/// Service targets ("answer within 4 business hours") are counted on it: a question sent on Friday evening in Seoul
/// before a Monday holiday waits until Tuesday morning without using any of its time.
/// </summary>
public sealed class BusinessHours
{
    /// <summary>Bounds the search for a deadline: a year of closed days means the hours were set wrong.</summary>
    private const int MaxDays = 366 * 2;

    private readonly TimeZoneInfo zone;
    private readonly BusinessCalendar calendar;
    private readonly TimeOnly opens;
    private readonly TimeOnly closes;

    public BusinessHours(TimeZoneInfo zone, BusinessCalendar calendar, TimeOnly opens, TimeOnly closes)
    {
        if (closes <= opens)
        {
            throw new ArgumentException($"Closing time {closes} must come after opening time {opens}.", nameof(closes));
        }

        (this.zone, this.calendar, this.opens, this.closes) = (zone, calendar, opens, closes);
    }

    /// <summary>The working time between two moments (zero when <paramref name="to"/> is not later).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        for (var day = LocalDay(from); day <= LocalDay(to); day = day.AddDays(1))
        {
            if (Window(day) is var (open, close))
            {
                var start = open > from ? open : from;
                var end = close < to ? close : to;
                total += end > start ? end - start : TimeSpan.Zero;
            }
        }

        return total;
    }

    /// <summary>The moment when <paramref name="working"/> working time has passed after <paramref name="from"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan working)
    {
        var left = working < TimeSpan.Zero ? TimeSpan.Zero : working;
        var day = LocalDay(from);
        for (var count = 0; count < MaxDays; count++, day = day.AddDays(1))
        {
            if (Window(day) is not var (open, close))
            {
                continue;
            }

            var start = open > from ? open : from;
            if (close <= start)
            {
                continue;
            }

            if (left <= close - start)
            {
                return start + left;
            }

            left -= close - start;
        }

        throw new InvalidOperationException($"No working hours in the {MaxDays} days after {from:u}: check the opening hours and holidays.");
    }

    private DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>A business day's opening and closing moments; none on a closed day.</summary>
    private (DateTimeOffset Open, DateTimeOffset Close)? Window(DateOnly day) =>
        calendar.IsBusinessDay(day) ? (At(day, opens), At(day, closes)) : null;

    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone), TimeSpan.Zero);
    }
}
