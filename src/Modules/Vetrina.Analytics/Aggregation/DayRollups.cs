using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Aggregation;

/// <summary>
/// A day's rollup rows as one aggregation run merges visitors into them: each group of visitors takes its old
/// figures away (<see cref="Remove"/>) and adds its new ones (<see cref="Add"/>), so only the rows, never the day's
/// events, stay in memory. Sums move both ways; distinct visitors only grow, as sketches are merged, so a visitor whose
/// session moved to another slice stays counted in the old one until the day is rebuilt whole (after midnight).
/// </summary>
internal sealed class DayRollups(DateOnly day)
{
    private readonly Dictionary<(string, string, Channel, DeviceCategory), DailyFigures> figures = [];
    private readonly Dictionary<(string, Dimension, string), DailyBreakdown> breakdowns = [];
    private readonly Dictionary<(string, string, string), DailyProduct> products = [];
    private readonly Dictionary<(ReachGrouping, string), DailyReach> reach = [];
    private readonly Dictionary<IVisitorCounts, Reach> visitors = new(ReferenceEqualityComparer.Instance);

    /// <summary>Sessions left out as robot-like.</summary>
    public int AutomatedSessions { get; private set; }

    /// <summary>The day's rows as stored, to merge a run's visitors into.</summary>
    public static async Task<DayRollups> LoadAsync(VetrinaDbContext db, PendingDay stored, CancellationToken cancellationToken)
    {
        var day = stored.Day;
        var rollups = new DayRollups(day) { AutomatedSessions = stored.AutomatedSessions };
        foreach (var row in await db.Set<DailyFigures>().AsNoTracking().Where(r => r.Day == day).ToListAsync(cancellationToken))
        {
            rollups.Keep(rollups.figures, (row.Market, row.Language, row.Channel, row.Device), row);
        }

        foreach (var row in await db.Set<DailyBreakdown>().AsNoTracking().Where(r => r.Day == day).ToListAsync(cancellationToken))
        {
            rollups.Keep(rollups.breakdowns, (row.Market, row.Dimension, row.Value), row);
        }

        foreach (var row in await db.Set<DailyReach>().AsNoTracking().Where(r => r.Day == day).ToListAsync(cancellationToken))
        {
            rollups.Keep(rollups.reach, (row.Grouping, row.Value), row);
        }

        foreach (var row in await db.Set<DailyProduct>().AsNoTracking().Where(r => r.Day == day).ToListAsync(cancellationToken))
        {
            rollups.products[(row.Market, row.ItemId, row.Size)] = row;
        }

        return rollups;
    }

    /// <summary>Takes away what a group of visitors' events added up to when they were last merged.</summary>
    public void Remove(DayResult old)
    {
        foreach (var row in old.Figures)
        {
            Figures(row).Add(row, -1);
        }

        foreach (var row in old.Breakdowns)
        {
            Breakdown(row).Add(row, -1);
        }

        foreach (var row in old.Products)
        {
            Product(row).Add(row, -1);
        }

        AutomatedSessions -= old.AutomatedSessions;
    }

    public void Add(DayResult result)
    {
        foreach (var row in result.Figures)
        {
            var kept = Figures(row);
            kept.Add(row, 1);
            visitors[kept].Add(row);
        }

        foreach (var row in result.Breakdowns)
        {
            var kept = Breakdown(row);
            kept.Add(row, 1);
            visitors[kept].Add(row);
        }

        foreach (var row in result.Reach)
        {
            visitors[Row(reach, (row.Grouping, row.Value), () => new DailyReach { Day = day, Grouping = row.Grouping, Value = row.Value })].Add(row);
        }

        foreach (var row in result.Products)
        {
            Product(row).Add(row, 1);
        }

        AutomatedSessions += result.AutomatedSessions;
    }

    /// <summary>The rows to store in place of the day's, their distinct visitors counted from the merged sketches.</summary>
    public IEnumerable<object> Rows()
    {
        foreach (var (row, reached) in visitors)
        {
            (row.Users, row.Visitors) = ((int)reached.Users.Count, reached.Users.ToBytes());
            (row.PurchaseUsers, row.Buyers) = ((int)reached.Buyers.Count, reached.Buyers.ToBytes());
        }

        foreach (var row in figures.Values)
        {
            row.Id = 0;
            yield return row;
        }

        foreach (var row in breakdowns.Values)
        {
            row.Id = 0;
            yield return row;
        }

        foreach (var row in reach.Values)
        {
            row.Id = 0;
            yield return row;
        }

        foreach (var row in products.Values)
        {
            row.Id = 0;
            yield return row;
        }
    }

    private void Keep<TKey, TRow>(Dictionary<TKey, TRow> rows, TKey key, TRow row)
        where TKey : notnull
        where TRow : IVisitorCounts
    {
        rows[key] = row;
        var reached = new Reach();
        reached.Add(row);
        visitors[row] = reached;
    }

    private DailyFigures Figures(DailyFigures like) => Row(figures, (like.Market, like.Language, like.Channel, like.Device),
        () => new DailyFigures { Day = day, Market = like.Market, Language = like.Language, Channel = like.Channel, Device = like.Device });

    private DailyBreakdown Breakdown(DailyBreakdown like) => Row(breakdowns, (like.Market, like.Dimension, like.Value),
        () => new DailyBreakdown { Day = day, Market = like.Market, Dimension = like.Dimension, Value = like.Value });

    /// <summary>The stored row of the key, or a new empty one.</summary>
    private TRow Row<TKey, TRow>(Dictionary<TKey, TRow> rows, TKey key, Func<TRow> empty)
        where TKey : notnull
        where TRow : IVisitorCounts
    {
        if (!rows.TryGetValue(key, out var row))
        {
            Keep(rows, key, row = empty());
        }

        return row;
    }

    private DailyProduct Product(DailyProduct like)
    {
        var key = (like.Market, like.ItemId, like.Size);
        if (!products.TryGetValue(key, out var row))
        {
            products[key] = row = new DailyProduct { Day = day, Market = like.Market, ItemId = like.ItemId, Size = like.Size };
        }

        return row;
    }
}
