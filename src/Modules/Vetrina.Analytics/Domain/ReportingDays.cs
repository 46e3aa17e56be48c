namespace Vetrina.Analytics.Domain;

/// <summary>Calendar days in the brand's reporting time zone.</summary>
internal static class ReportingDays
{
    public static DateOnly Of(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The instant a day begins in the zone (where a clock change skips midnight, the first hour that exists).</summary>
    public static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) => Of(clock.GetUtcNow(), zone);

    /// <summary>
    /// The first day that is not yet settled: yesterday. New events of today and yesterday are merged at every aggregation
    /// (an order paid just after midnight still lands on the day it was placed); days before are rebuilt only when late
    /// events reach them.
    /// </summary>
    public static DateOnly Settled(TimeProvider clock, TimeZoneInfo zone) => Today(clock, zone).AddDays(-1);
}
