using Vetrina.Analytics.Domain;

namespace Vetrina.Analytics.Aggregation;

/// <summary>A reporting day as instants: from its midnight to the next, in the brand's time zone.</summary>
internal readonly record struct DayWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public static DayWindow Of(DateOnly day, TimeZoneInfo zone) => new(ReportingDays.Start(day, zone), ReportingDays.Start(day.AddDays(1), zone));
}

/// <summary>
/// The days either side of the one being built: the events, of the visitors active within a session's timeout of its
/// midnights, that a session running across midnight takes in or leaves.
/// </summary>
internal sealed record Neighbours(DayWindow Before, DayWindow Day, DayWindow After, ILookup<Guid, RawEvent> EventsBefore, ILookup<Guid, RawEvent> EventsAfter);

/// <summary>
/// Where one visitor's sessions cross midnight, as GA4's do (Universal Analytics cut them there). A session belongs to
/// the day it began: the events after midnight that continue it (the first of them within 30 minutes of its last event,
/// each next within 30 minutes of the one before) are taken out of the next day and counted with it. A session crosses
/// one midnight at most: a day whose browsing never pauses for 30 minutes from one midnight to the next (an automated
/// client) is cut at both.
/// </summary>
internal static class Midnight
{
    /// <summary>How one visitor's browser events of a day fall.</summary>
    /// <param name="CarriedIn">How many of the day's first events continue the day before's last session.</param>
    /// <param name="CarriedOut">The next day's first events that continue this day's last session.</param>
    internal sealed record Split(int CarriedIn, IReadOnlyList<RawEvent> CarriedOut);

    /// <param name="before">The visitor's browser events of the day before, oldest first (those of <paramref name="after"/> likewise).</param>
    public static Split Of(IReadOnlyList<RawEvent> before, IReadOnlyList<RawEvent> day, IReadOnlyList<RawEvent> after, Neighbours windows)
    {
        var carriedIn = Crosses(before, windows.Before, day, windows.Day) ? Run(day) : 0;
        var carriedOut = carriedIn < day.Count && Crosses(day, windows.Day, after, windows.After) ? after.Take(Run(after)).ToList() : [];
        return new Split(carriedIn, carriedOut);
    }

    private static bool Crosses(IReadOnlyList<RawEvent> early, DayWindow earlyDay, IReadOnlyList<RawEvent> late, DayWindow lateDay) =>
        early.Count > 0 && late.Count > 0 && late[0].OccurredAt - early[^1].OccurredAt <= Sessionizer.Timeout
        && !Unbroken(early, earlyDay) && !Unbroken(late, lateDay);

    /// <summary>A day browsed from midnight to midnight without a 30-minute pause.</summary>
    private static bool Unbroken(IReadOnlyList<RawEvent> events, DayWindow day) =>
        events[0].OccurredAt - day.Start <= Sessionizer.Timeout && day.End - events[^1].OccurredAt <= Sessionizer.Timeout && Run(events) == events.Count;

    /// <summary>How many events from the first go on without a 30-minute pause.</summary>
    private static int Run(IReadOnlyList<RawEvent> events)
    {
        var n = events.Count > 0 ? 1 : 0;
        while (n < events.Count && events[n].OccurredAt - events[n - 1].OccurredAt <= Sessionizer.Timeout)
        {
            n++;
        }

        return n;
    }
}
