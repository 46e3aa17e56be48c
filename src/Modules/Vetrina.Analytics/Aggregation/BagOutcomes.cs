using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Aggregation;

/// <summary>
/// Keeps each bag's first fill and first checkout, and whether an order followed within the window, as a day's visitors
/// are merged (in the aggregation's transaction, group by group). A bag belongs to the earliest day that saw it at a
/// stage, whichever day was built first; an order decides the bags it came from, on whatever earlier day they were
/// filled. Every day whose bags changed gets its rollups' bag counts again (<see cref="RollUpAsync(VetrinaDbContext, IEnumerable{DateOnly}, CancellationToken)"/>),
/// so that the dashboards sum them as any measure.
/// </summary>
internal static class BagOutcomes
{
    private const int Chunk = 500;

    /// <param name="replaced">The carts whose bags of the day a group of visitors had before this merge.</param>
    /// <param name="touched">Collects the days whose bag counts must be rolled up again.</param>
    public static async Task ReplaceAsync(VetrinaDbContext db, DateOnly day, IEnumerable<string> replaced, IReadOnlyList<Bag> bags, IReadOnlyList<Conversion> orders,
        ISet<DateOnly> touched, CancellationToken cancellationToken)
    {
        touched.Add(day);
        foreach (var chunk in replaced.Distinct().Chunk(Chunk))
        {
            await db.Set<Bag>().Where(b => b.Day == day && chunk.Contains(b.CartId)).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var chunk in bags.Chunk(Chunk))
        {
            var carts = chunk.Select(b => b.CartId).ToList();
            var known = await db.Set<Bag>().Where(b => carts.Contains(b.CartId)).ToDictionaryAsync(b => (b.CartId, b.Stage), cancellationToken);
            foreach (var bag in chunk)
            {
                if (!known.TryGetValue((bag.CartId, bag.Stage), out var row))
                {
                    db.Add(bag);
                }
                else if (row.At > bag.At)
                {
                    // Seen earlier than the day that was built first thought: the bag moves to this day.
                    touched.Add(row.Day);
                    (row.Day, row.At, row.DecidedAt, row.Market, row.Language, row.Channel, row.Device, row.Campaign) =
                        (bag.Day, bag.At, bag.DecidedAt, bag.Market, bag.Language, bag.Channel, bag.Device, bag.Campaign);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var decided = bags.Select(b => b.CartId).Concat(orders.Where(o => o.CartId is not null).Select(o => o.CartId!)).Distinct().ToList();
        foreach (var chunk in decided.Chunk(Chunk))
        {
            await db.Set<Bag>().Where(b => chunk.Contains(b.CartId)).ExecuteUpdateAsync(set => set.SetProperty(b => b.Ordered,
                b => db.Set<Conversion>().Any(c => c.CartId == b.CartId && c.OccurredAt >= b.At && c.OccurredAt < b.DecidedAt)), cancellationToken);
            touched.UnionWith(await db.Set<Bag>().Where(b => chunk.Contains(b.CartId)).Select(b => b.Day).Distinct().ToListAsync(cancellationToken));
        }

        db.ChangeTracker.Clear();
    }

    public static async Task RollUpAsync(VetrinaDbContext db, IEnumerable<DateOnly> days, CancellationToken cancellationToken)
    {
        foreach (var each in days.Order())
        {
            await RollUpAsync(db, each, cancellationToken);
        }
    }

    /// <summary>A day's bag counts, set on its cube cells and campaign rows from its bags as they now stand.</summary>
    private static async Task RollUpAsync(VetrinaDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var bags = await db.Set<Bag>().AsNoTracking().Where(b => b.Day == day).ToListAsync(cancellationToken);
        foreach (var cell in await db.Set<DailyFigures>().Where(f => f.Day == day).ToListAsync(cancellationToken))
        {
            Count(cell, bags.Where(b => b.Market == cell.Market && b.Language == cell.Language && b.Channel == cell.Channel && b.Device == cell.Device));
        }

        foreach (var row in await db.Set<DailyBreakdown>().Where(r => r.Day == day && r.Dimension == Dimension.Campaign).ToListAsync(cancellationToken))
        {
            Count(row, bags.Where(b => b.Market == row.Market && b.Campaign == row.Value));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static void Count(DailyMeasures row, IEnumerable<Bag> bags)
    {
        var list = bags.ToList();
        row.Bags = list.Count(b => b.Stage == BagStage.Filled);
        row.BagsOrdered = list.Count(b => b.Stage == BagStage.Filled && b.Ordered);
        row.Checkouts = list.Count(b => b.Stage == BagStage.CheckingOut);
        row.CheckoutsOrdered = list.Count(b => b.Stage == BagStage.CheckingOut && b.Ordered);
    }
}
