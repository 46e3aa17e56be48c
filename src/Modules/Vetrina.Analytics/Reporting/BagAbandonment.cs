using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Reporting;

/// <summary>
/// Cart and checkout abandonment counted only over bags whose window has closed (<see cref="Bag"/>): one filled yesterday
/// and not yet bought may still be, and counting it would make the last week look abandoned. The rollups hold each day's
/// bags and their orders so far; a day more than a window and a day back has all its bags decided, and the last days'
/// bags are read one by one, those decided counted and the rest told apart as waiting.
/// </summary>
internal sealed class BagAbandonment(VetrinaDbContext db, TimeProvider clock, IOptions<AnalyticsOptions> options)
{
    /// <summary>The period with its bags counted as decided: its days' only where all of a day's bags are.</summary>
    public async Task<Period> DecidedAsync(Period period, ReportFilter filter, CancellationToken cancellationToken)
    {
        // A bag filled before today's midnight a window and a day ago has seen its window close before today began.
        var lastDecided = ReportingDays.Today(clock, options.Value.Zone).AddDays(-(Bag.Window.Days + 1));
        var decided = period.Days.Where(d => d.Day <= lastDecided).Select(d => d.Totals).ToList();
        var totals = period.Totals with
        {
            Bags = decided.Sum(t => t.Bags), BagsOrdered = decided.Sum(t => t.BagsOrdered), BagsWaiting = 0,
            Checkouts = decided.Sum(t => t.Checkouts), CheckoutsOrdered = decided.Sum(t => t.CheckoutsOrdered), CheckoutsWaiting = 0,
        };
        var days = period.Days.Select(d => d.Day <= lastDecided ? d
            : d with { Totals = d.Totals with { Bags = 0, BagsOrdered = 0, Checkouts = 0, CheckoutsOrdered = 0 } }).ToList();
        if (filter.To <= lastDecided)
        {
            return new Period(totals, days);
        }

        var now = clock.GetUtcNow();
        var rows = db.Set<Bag>().AsNoTracking().Where(b => b.Day > lastDecided && b.Day >= filter.From && b.Day <= filter.To);
        rows = filter.Market is { } market ? rows.Where(b => b.Market == market) : rows;
        rows = filter.Language is { } language ? rows.Where(b => b.Language == language) : rows;
        rows = filter.Channel is { } channel ? rows.Where(b => b.Channel == channel) : rows;
        rows = filter.Device is { } device ? rows.Where(b => b.Device == device) : rows;
        rows = filter.Campaign is { } campaign ? rows.Where(b => b.Campaign == campaign) : rows;
        var recent = await rows.GroupBy(b => new { b.Stage, Decided = b.DecidedAt <= now })
            .Select(g => new { g.Key.Stage, g.Key.Decided, Count = g.Count(), Ordered = g.Count(b => b.Ordered) }).ToListAsync(cancellationToken);
        int Count(BagStage stage, bool isDecided, bool ordered) =>
            recent.Where(c => c.Stage == stage && c.Decided == isDecided).Sum(c => ordered ? c.Ordered : c.Count);
        return new Period(totals with
        {
            Bags = totals.Bags + Count(BagStage.Filled, true, false), BagsOrdered = totals.BagsOrdered + Count(BagStage.Filled, true, true),
            BagsWaiting = Count(BagStage.Filled, false, false), Checkouts = totals.Checkouts + Count(BagStage.CheckingOut, true, false),
            CheckoutsOrdered = totals.CheckoutsOrdered + Count(BagStage.CheckingOut, true, true), CheckoutsWaiting = Count(BagStage.CheckingOut, false, false),
        }, days);
    }
}
