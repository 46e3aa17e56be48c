using Vetrina.Analytics.Domain;

namespace Vetrina.Analytics.Reporting;

/// <summary>What a dashboard looks at: a date range (both ends included) and optional filters.</summary>
/// <param name="Campaign">Read from the campaign breakdown, which is kept per market: with a campaign, only the market filter applies too.</param>
internal sealed record ReportFilter(DateOnly From, DateOnly To, string? Market = null, Channel? Channel = null, DeviceCategory? Device = null,
    string? Language = null, string? Campaign = null)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period just before, of the same length (the default comparison).</summary>
    public ReportFilter PreviousPeriod() => this with { From = From.AddDays(-Days), To = From.AddDays(-1) };

    /// <summary>The same dates a year before (for seasonal comparisons: the sales, Black Friday).</summary>
    public ReportFilter YearBefore() => this with { From = From.AddYears(-1), To = To.AddYears(-1) };
}
