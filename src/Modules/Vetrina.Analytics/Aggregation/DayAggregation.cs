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
/// Rebuilds days of sessions and rollups from raw events: today and yesterday at every run, and any earlier day that late
/// events reached since it was last built. A day is rebuilt whole in one transaction, so a run that dies half-way leaves
/// the previous figures, and running twice gives the same figures.
/// </summary>
internal sealed partial class DayAggregation(IServiceScopeFactory scopes, IOptions<AnalyticsOptions> options, TimeProvider clock, IJobTrigger jobs,
    ILogger<DayAggregation> logger) : IDisposable
{
    public const string JobName = "analytics-aggregation";

    private const int Chunk = 500;

    // One rebuild at a time on a node (the job runner keeps nodes from overlapping): two rebuilds of one day would both insert it.
    private readonly SemaphoreSlim gate = new(1, 1);

    public void Dispose() => gate.Dispose();

    /// <returns>The days rebuilt.</returns>
    public async Task<IReadOnlyList<DateOnly>> RunAsync(CancellationToken cancellationToken)
    {
        var settled = ReportingDays.Settled(clock, options.Value.Zone);
        List<DateOnly> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            due = await db.Set<PendingDay>().Where(d => d.Version > d.AggregatedVersion && d.Day < settled).Select(d => d.Day).ToListAsync(cancellationToken);
        }

        due.Add(settled);
        due.Add(settled.AddDays(1));
        var days = due.Distinct().Order().ToList();
        foreach (var day in days)
        {
            await RebuildAsync(day, cancellationToken);
        }

        return days;
    }

    /// <summary>
    /// Today's figures brought up to date now rather than at the next run: today is marked as waiting (so the dashboards
    /// say an update is under way) and the job is run at once by whichever node takes it.
    /// </summary>
    public async Task RequestTodayAsync(CancellationToken cancellationToken)
    {
        var today = ReportingDays.Today(clock, options.Value.Zone);
        await using (var scope = scopes.CreateAsyncScope())
        {
            await EventStore.MarkDayAsync(scope.ServiceProvider.GetRequiredService<VetrinaDbContext>(), today, cancellationToken);
        }

        await jobs.RunNowAsync(JobName, cancellationToken);
    }

    public async Task RebuildAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await RebuildOnceAsync(day, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RebuildOnceAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        // The day's row exists before anything is read (a day nobody marked yet, today or yesterday, starts at version 1),
        // so that events written meanwhile bump it rather than race this rebuild to insert it.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics_days ("Day", "Version", "AggregatedVersion", "AutomatedSessions") VALUES ({day}, 1, 0, 0)
            ON CONFLICT ("Day") DO NOTHING
            """, cancellationToken);
        // Read first: events committed after this are in a later version and bring the day back.
        var pending = await db.Set<PendingDay>().AsNoTracking().SingleAsync(d => d.Day == day, cancellationToken);
        var rates = await CurrencyRates.LoadAsync(db, Currency.FromCode(options.Value.ReportingCurrency), cancellationToken);
        var events = await db.Set<RawEvent>().AsNoTracking().Where(e => e.Day == day).ToListAsync(cancellationToken);

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
        var result = DayRollup.Build(day, events, rates, known.ToDictionary(v => v.VisitorId, v => v.FirstDay), earlier, neighbours);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            // A retry starts over from what was read: nothing of a failed attempt stays tracked.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Set<Session>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<DailyFigures>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<DailyBreakdown>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<DailyProduct>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Conversion>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<RefundRecord>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            await db.Set<DailyReach>().Where(s => s.Day == day).ExecuteDeleteAsync(cancellationToken);
            db.AddRange(result.Sessions);
            db.AddRange(result.Figures);
            db.AddRange(result.Breakdowns);
            db.AddRange(result.Products);
            db.AddRange(result.Conversions);
            db.AddRange(result.Refunds);
            db.AddRange(result.Reach);
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

            db.Attach(pending).Entity.Aggregated(pending.Version, clock.GetUtcNow(), result.AutomatedSessions);
            await db.SaveChangesAsync(cancellationToken);
            await BagOutcomes.SaveAsync(db, day, result.Bags, result.Conversions, cancellationToken);
            await RebuildMonthAsync(db, day, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        LogRebuilt(logger, day, events.Count, result.Sessions.Count, clock.GetElapsedTime(started));
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics day {Day} rebuilt: {Events} events, {Sessions} sessions in {Elapsed}")]
    private static partial void LogRebuilt(ILogger logger, DateOnly day, int events, int sessions, TimeSpan elapsed);
}
