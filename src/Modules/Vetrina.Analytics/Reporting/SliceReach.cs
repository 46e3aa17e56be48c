using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Reporting;

/// <summary>
/// Distinct users of the whole shop or of one market, language, channel or device, from the reach kept per slice per day
/// and per month: a period reads the sketches of its whole months and of the days around them, and each day's users as
/// counted. Filters that mix slices (a channel in a market) or name a campaign are left to the cube's own sketches.
/// </summary>
internal sealed class SliceReach(VetrinaDbContext db)
{
    /// <summary>The one slice a filter names (the whole shop when none), or null when it names more or a campaign.</summary>
    public static (ReachGrouping Grouping, string Value)? Of(ReportFilter filter)
    {
        var named = new (ReachGrouping Grouping, string? Value)[]
        {
            (ReachGrouping.Market, filter.Market), (ReachGrouping.Language, filter.Language), (ReachGrouping.Channel, filter.Channel?.ToString()),
            (ReachGrouping.Device, filter.Device?.ToString()),
        }.Where(n => n.Value is not null).ToList();
        return filter.Campaign is not null || named.Count > 1 ? null : named.Count == 1 ? (named[0].Grouping, named[0].Value!) : (ReachGrouping.All, "");
    }

    /// <summary>
    /// The slices of a breakdown by <paramref name="by"/> (all its values, or the one the filter names), or null when the
    /// filter names another slice or a campaign, or <paramref name="by"/> is not a slice.
    /// </summary>
    public static (ReachGrouping Grouping, string? Value)? Of(ReportFilter filter, Breakdown by)
    {
        ReachGrouping? grouping = by switch
        {
            Breakdown.Market => ReachGrouping.Market,
            Breakdown.Language => ReachGrouping.Language,
            Breakdown.Channel => ReachGrouping.Channel,
            Breakdown.Device => ReachGrouping.Device,
            _ => null,
        };
        return grouping is { } g && Of(filter) is { } slice && (slice.Grouping == ReachGrouping.All || slice.Grouping == g)
            ? (g, slice.Grouping == g ? slice.Value : null)
            : null;
    }

    /// <summary>
    /// Whether every day of the period has its reach: days built before it was kept have cells without visitors (found
    /// through an index of those cells alone, so the question costs nothing once they are rebuilt).
    /// </summary>
    public async Task<bool> CoversAsync(ReportFilter filter, CancellationToken cancellationToken) =>
        !await db.Set<DailyFigures>().AnyAsync(d => d.Visitors == null && d.Day >= filter.From && d.Day <= filter.To, cancellationToken);

    /// <summary>Each day's users and buyers of the slice, as counted when the day was built.</summary>
    public async Task<Dictionary<DateOnly, (int Users, int Buyers)>> DailyAsync(ReachGrouping grouping, string value, ReportFilter filter,
        CancellationToken cancellationToken) =>
        await db.Set<DailyReach>().AsNoTracking().Where(r => r.Grouping == grouping && r.Value == value && r.Day >= filter.From && r.Day <= filter.To)
            .Select(r => new { r.Day, r.Users, r.PurchaseUsers }).ToDictionaryAsync(r => r.Day, r => (r.Users, r.PurchaseUsers), cancellationToken);

    /// <summary>The users and buyers of each slice of the grouping (or only of <paramref name="value"/>) over the period.</summary>
    public async Task<Dictionary<string, Reach>> OverAsync(ReachGrouping grouping, string? value, ReportFilter filter, CancellationToken cancellationToken)
    {
        // Whole months inside the period come from their month's row; the days before the first and after the last, from theirs.
        var firstMonth = filter.From.Day == 1 ? filter.From : new DateOnly(filter.From.Year, filter.From.Month, 1).AddMonths(1);
        var afterLastMonth = new DateOnly(filter.To.Year, filter.To.Month, 1);
        if (filter.To == afterLastMonth.AddMonths(1).AddDays(-1))
        {
            afterLastMonth = afterLastMonth.AddMonths(1);
        }

        var groups = new Dictionary<string, Reach>();
        void Add(string key, ReachRow row)
        {
            if (!groups.TryGetValue(key, out var reach))
            {
                groups[key] = reach = new Reach();
            }

            reach.Add(row);
        }

        var months = db.Set<MonthlyReach>().AsNoTracking().Where(r => r.Grouping == grouping && r.Month >= firstMonth && r.Month < afterLastMonth);
        var days = db.Set<DailyReach>().AsNoTracking().Where(r => r.Grouping == grouping && r.Day >= filter.From && r.Day <= filter.To
            && (r.Day < firstMonth || r.Day >= afterLastMonth));
        if (value is not null)
        {
            (months, days) = (months.Where(r => r.Value == value), days.Where(r => r.Value == value));
        }

        // Without a whole month inside, no month is read and every day is (the days' condition holds for all of them).
        await foreach (var row in months.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(row.Value, row);
        }

        await foreach (var row in days.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(row.Value, row);
        }

        return groups;
    }
}
