using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Collection;
using Vetrina.Analytics.Domain;
using Vetrina.Data;
using Vetrina.Data.Jobs;
using Vetrina.Kernel;
using Vetrina.Analytics.Contracts;

namespace Vetrina.Analytics.Aggregation;

/// <summary>
/// Brings days of sessions and rollups up to date from raw events, a group of visitors at a time so that memory holds
/// one group's events and the day's rollup rows, never the day. Today (and yesterday, once its sessions across
/// midnight are settled) merges only the visitors with <see cref="RawEvent.Pending"/> events: each one's old figures
/// out, its new ones in. A day is rebuilt whole when it was never built, when something changed what its events mean
/// (an imported click report; a late event on an earlier day), and yesterday once more after midnight's sessions end.
/// Each run is one transaction, so a run that dies half-way leaves the previous figures, and running twice gives the
/// same figures.
/// </summary>
internal sealed partial class DayAggregation(IServiceScopeFactory scopes, IOptions<AnalyticsOptions> options, TimeProvider clock, IJobTrigger jobs,
    ILogger<DayAggregation> logger) : IDisposable
{
    public const string JobName = "analytics-aggregation";

    private const int Chunk = 500;

    /// <summary>Visitors whose events are read and merged together: a few thousand events, whatever the day's size.</summary>
    private const int VisitorGroup = 1000;

    // One run at a time on a node (the job runner keeps nodes from overlapping): two runs of one day would both merge it.
    private readonly SemaphoreSlim gate = new(1, 1);

    public void Dispose() => gate.Dispose();

    /// <returns>What each day's run did.</returns>
    public async Task<IReadOnlyList<DayRun>> RunAsync(CancellationToken cancellationToken)
    {
        var zone = options.Value.Zone;
        var settled = ReportingDays.Settled(clock, zone);
        var today = settled.AddDays(1);
        // Sessions of yesterday may run on into today's first half hour: yesterday is rebuilt whole once they have ended.
        var midnightSettles = ReportingDays.Start(today, zone) + Sessionizer.Timeout;
        var now = clock.GetUtcNow();
        List<PendingDay> days;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            days = await db.Set<PendingDay>().AsNoTracking().Where(d => (d.Version > d.AggregatedVersion && d.Day < settled) || d.Day >= settled).ToListAsync(cancellationToken);
        }

        var runs = new List<DayRun>();
        foreach (var day in days.Select(d => d.Day).Union([settled, today]).Order())
        {
            // Whether the day's version moved is read again in the run's transaction: a mark made meanwhile is not lost.
            var stored = days.Find(d => d.Day == day);
            var whole = day < settled || (day == settled && stored?.AggregatedAt < midnightSettles && now >= midnightSettles);
            runs.Add(await AggregateAsync(day, whole, cancellationToken));
        }

        return runs;
    }

    /// <summary>Today's figures brought up to date now rather than at the next run: the job is run at once by whichever node takes it.</summary>
    public Task RequestTodayAsync(CancellationToken cancellationToken) => jobs.RunNowAsync(JobName, cancellationToken);

    /// <summary>The day rebuilt whole from its events.</summary>
    public Task RebuildAsync(DateOnly day, CancellationToken cancellationToken) => AggregateAsync(day, wholeAsked: true, cancellationToken);

    /// <param name="wholeAsked">Rebuild the day whole even if it could merge (it does anyway when it was never built
    /// with pending marks, or its version moved).</param>
    private async Task<DayRun> AggregateAsync(DateOnly day, bool wholeAsked, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await AggregateOnceAsync(day, wholeAsked, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<DayRun> AggregateOnceAsync(DateOnly day, bool wholeAsked, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        // The day's row exists before anything is read (a day nobody marked yet, today or yesterday, starts at version 1),
        // so that late events written meanwhile bump it rather than race this run to insert it.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics_days ("Day", "Version", "AggregatedVersion", "AutomatedSessions") VALUES ({day}, 1, 0, 0)
            ON CONFLICT ("Day") DO NOTHING
            """, cancellationToken);
        var rates = await CurrencyRates.LoadAsync(db, Currency.FromCode(options.Value.ReportingCurrency), cancellationToken);
        var run = new DayRun(day, wholeAsked, 0, 0);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            // A retry starts over from what is stored: nothing of a failed attempt stays tracked.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Read first: late events or a click report committed after this are in a later version and bring the day back.
            var pending = await db.Set<PendingDay>().AsNoTracking().SingleAsync(d => d.Day == day, cancellationToken);
            var whole = wholeAsked || !pending.Incremental || pending.Version > pending.AggregatedVersion;
            run = new DayRun(day, whole, 0, 0);
            // Two shapes of query, so that the pending ones read the small index of pending events.
            var events = whole ? db.Set<RawEvent>().Where(e => e.Day == day) : db.Set<RawEvent>().Where(e => e.Day == day && e.Pending);
            var visitors = await events.Select(e => e.VisitorId).Distinct().ToListAsync(cancellationToken);
            if (!whole && visitors.Count == 0)
            {
                // Nothing new: the figures are as current as they can be.
                db.Attach(pending).Entity.Aggregated(pending.Version, clock.GetUtcNow(), pending.AutomatedSessions);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return;
            }

            if (whole)
            {
                await ClearAsync(db, day, cancellationToken);
            }

            var rollups = whole ? new DayRollups(day) : await DayRollups.LoadAsync(db, pending, cancellationToken);
            if (whole && visitors.Count == 0)
            {
                // A day without a visit still has the whole shop's row, of no one.
                rollups.Add(DayRollup.Build(day, [], rates, new Dictionary<Guid, DateOnly>(), new Dictionary<string, Conversion>()));
            }

            var touched = new HashSet<DateOnly>();
            foreach (var group in visitors.Chunk(VisitorGroup))
            {
                run = run with { Visitors = run.Visitors + group.Length, Events = run.Events + await MergeAsync(db, day, whole, group, rates, rollups, touched, cancellationToken) };
            }

            await db.Set<DailyFigures>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<DailyBreakdown>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<DailyProduct>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<DailyReach>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            db.AddRange(rollups.Rows());
            db.Attach(pending).Entity.Aggregated(pending.Version, clock.GetUtcNow(), rollups.AutomatedSessions);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await BagOutcomes.RollUpAsync(db, touched, cancellationToken);
            await RebuildMonthAsync(db, day, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        LogAggregated(logger, day, run.Whole ? "rebuilt whole" : "merged", run.Events, run.Visitors, clock.GetElapsedTime(started));
        return run;
    }

    private static async Task ClearAsync(VetrinaDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        await db.Set<Session>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Conversion>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
        await db.Set<RefundRecord>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Bag>().Where(b => b.Day == day).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// One group of visitors' events of the day merged: what they added up to before (their events already merged) taken
    /// out of the rollups, what they add up to now put in, their sessions, orders, refunds and bags replaced, and their
    /// pending events marked as merged.
    /// </summary>
    /// <returns>The events read.</returns>
    private async Task<int> MergeAsync(VetrinaDbContext db, DateOnly day, bool whole, Guid[] group, CurrencyRates rates, DayRollups rollups, ISet<DateOnly> touched,
        CancellationToken cancellationToken)
    {
        var events = await db.Set<RawEvent>().AsNoTracking().Where(e => e.Day == day && group.Contains(e.VisitorId)).ToListAsync(cancellationToken);
        var old = whole ? [] : events.Where(e => !e.Pending).ToList();
        var lasting = events.Where(e => e.VisitorKind != VisitorKind.Cookieless).Select(e => e.VisitorId).Distinct().ToList();
        var known = new List<KnownVisitor>();
        foreach (var chunk in lasting.Chunk(Chunk))
        {
            known.AddRange(await db.Set<KnownVisitor>().AsNoTracking().Where(v => chunk.Contains(v.VisitorId)).ToListAsync(cancellationToken));
        }

        var refunded = events.Where(e => e.Name != EventNames.Purchase && e.TransactionId is not null).Select(e => e.TransactionId!).Distinct().ToList();
        var earlier = new Dictionary<string, Conversion>();
        foreach (var chunk in refunded.Chunk(Chunk))
        {
            foreach (var c in await db.Set<Conversion>().AsNoTracking().Where(c => chunk.Contains(c.TransactionId) && c.Day != day).ToListAsync(cancellationToken))
            {
                earlier[c.TransactionId] = c;
            }
        }

        var neighbours = await NeighboursAsync(db, day, events, cancellationToken);
        await UntaggedCampaigns.NameAsync(db, events, cancellationToken);
        var firstDays = known.ToDictionary(v => v.VisitorId, v => v.FirstDay);
        var before = old.Count > 0 ? DayRollup.Build(day, old, rates, firstDays, earlier, neighbours) : null;
        var result = DayRollup.Build(day, events, rates, firstDays, earlier, neighbours);
        if (before is not null)
        {
            rollups.Remove(before);
            await db.Set<Session>().Where(s => s.Day == day && group.Contains(s.VisitorId)).ExecuteDeleteAsync(cancellationToken);
            var orders = before.Conversions.Select(c => c.TransactionId).ToList();
            var refunds = before.Refunds.Select(r => r.TransactionId).Distinct().ToList();
            await db.Set<Conversion>().Where(c => c.Day == day && orders.Contains(c.TransactionId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<RefundRecord>().Where(r => r.Day == day && refunds.Contains(r.TransactionId)).ExecuteDeleteAsync(cancellationToken);
        }

        rollups.Add(result);
        db.AddRange(result.Sessions);
        db.AddRange(result.Conversions);
        db.AddRange(result.Refunds);
        var byId = known.ToDictionary(v => v.VisitorId);
        foreach (var (visitor, first) in result.FirstDays)
        {
            if (!byId.TryGetValue(visitor, out var row))
            {
                db.Add(new KnownVisitor { VisitorId = visitor, FirstDay = first });
            }
            else if (row.FirstDay > first)
            {
                db.Attach(row).Entity.FirstDay = first;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await BagOutcomes.ReplaceAsync(db, day, before?.Bags.Select(b => b.CartId) ?? [], result.Bags, result.Conversions, touched, cancellationToken);
        var merged = events.Where(e => e.Pending).Select(e => e.Id).ToList();
        await db.Set<RawEvent>().Where(e => merged.Contains(e.Id)).ExecuteUpdateAsync(set => set.SetProperty(e => e.Pending, false), cancellationToken);

        return events.Count;
    }

    /// <summary>
    /// The events of the day before and after of the visitors who browsed within a session's timeout of the day's
    /// midnights: those whose sessions may run across them (a cookieless id changes at midnight, so only lasting ones).
    /// </summary>
    private async Task<Neighbours> NeighboursAsync(VetrinaDbContext db, DateOnly day, IReadOnlyList<RawEvent> events, CancellationToken cancellationToken)
    {
        var zone = options.Value.Zone;
        var window = DayWindow.Of(day, zone);
        var lasting = events.Where(e => e.VisitorKind != VisitorKind.Cookieless && !EventNames.ServerOnly.Contains(e.Name)).ToList();
        var early = lasting.Where(e => e.OccurredAt - window.Start <= Sessionizer.Timeout).Select(e => e.VisitorId).Distinct().ToList();
        var late = lasting.Where(e => window.End - e.OccurredAt <= Sessionizer.Timeout).Select(e => e.VisitorId).Distinct().ToList();
        return new Neighbours(DayWindow.Of(day.AddDays(-1), zone), window, DayWindow.Of(day.AddDays(1), zone),
            (await OfVisitorsAsync(db, day.AddDays(-1), early, cancellationToken)).ToLookup(e => e.VisitorId),
            (await OfVisitorsAsync(db, day.AddDays(1), late, cancellationToken)).ToLookup(e => e.VisitorId));
    }

    private static async Task<List<RawEvent>> OfVisitorsAsync(VetrinaDbContext db, DateOnly day, List<Guid> visitors, CancellationToken cancellationToken)
    {
        var found = new List<RawEvent>();
        foreach (var chunk in visitors.Chunk(Chunk))
        {
            found.AddRange(await db.Set<RawEvent>().AsNoTracking().Where(e => e.Day == day && chunk.Contains(e.VisitorId)).ToListAsync(cancellationToken));
        }

        return found;
    }

    /// <summary>The month's reach merged again from its days', the day just rebuilt included.</summary>
    private static async Task RebuildMonthAsync(VetrinaDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        var next = month.AddMonths(1);
        var merged = new Dictionary<(ReachGrouping, string), Reach>();
        await foreach (var row in db.Set<DailyReach>().AsNoTracking().Where(r => r.Day >= month && r.Day < next).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!merged.TryGetValue((row.Grouping, row.Value), out var reach))
            {
                merged[(row.Grouping, row.Value)] = reach = new Reach();
            }

            reach.Add(row);
        }

        await db.Set<MonthlyReach>().Where(r => r.Month == month).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(merged.Select(m => new MonthlyReach
        {
            Month = month, Grouping = m.Key.Item1, Value = m.Key.Item2, Users = (int)m.Value.Users.Count, PurchaseUsers = (int)m.Value.Buyers.Count,
            Visitors = m.Value.Users.ToBytes(), Buyers = m.Value.Buyers.ToBytes(),
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics day {Day} {How}: {Events} events of {Visitors} visitors in {Elapsed}")]
    private static partial void LogAggregated(ILogger logger, DateOnly day, string how, int events, int visitors, TimeSpan elapsed);
}
