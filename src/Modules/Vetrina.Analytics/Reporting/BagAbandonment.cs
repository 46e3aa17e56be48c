using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Reporting;

/// <summary>
/// Bags and begun checkouts of a period and what became of them (<see cref="Bag"/>). Only bags whose window has closed
/// are counted: one filled yesterday and not yet bought may still be, and counting it would make the last week look
/// abandoned; those still waiting are told apart.
/// </summary>
internal sealed class BagAbandonment(VetrinaDbContext db, TimeProvider clock)
{
    public async Task<Totals> AddToAsync(Totals totals, ReportFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = db.Set<Bag>().AsNoTracking().Where(b => b.Day >= filter.From && b.Day <= filter.To);
        rows = filter.Market is { } market ? rows.Where(b => b.Market == market) : rows;
        rows = filter.Language is { } language ? rows.Where(b => b.Language == language) : rows;
        rows = filter.Channel is { } channel ? rows.Where(b => b.Channel == channel) : rows;
        rows = filter.Device is { } device ? rows.Where(b => b.Device == device) : rows;
        rows = filter.Campaign is { } campaign ? rows.Where(b => b.Campaign == campaign) : rows;
        var counted = await rows.GroupBy(b => new { b.Stage, Decided = b.DecidedAt <= now })
            .Select(g => new { g.Key.Stage, g.Key.Decided, Count = g.Count(), Ordered = g.Count(b => b.Ordered) }).ToListAsync(cancellationToken);
        int Count(BagStage stage, bool decided, bool ordered) =>
            counted.Where(c => c.Stage == stage && c.Decided == decided).Sum(c => ordered ? c.Ordered : c.Count);
        return totals with
        {
            Bags = Count(BagStage.Filled, true, false), BagsOrdered = Count(BagStage.Filled, true, true), BagsWaiting = Count(BagStage.Filled, false, false),
            Checkouts = Count(BagStage.CheckingOut, true, false), CheckoutsOrdered = Count(BagStage.CheckingOut, true, true),
            CheckoutsWaiting = Count(BagStage.CheckingOut, false, false),
        };
    }
}
