using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetrina.Data.Work;

namespace Vetrina.Data.Events;

/// <summary>
/// Hands each event delivery to its handler (ADR-014). A node claims a batch of due deliveries, at most the oldest
/// unfinished one of each handler's stream (so one order's events reach a handler in order), and runs each in a
/// transaction of its own that also marks it done: a handler's database work happens once per event, even when a
/// lapsed claim lets two nodes try it. A handler that throws is rolled back and tried again with backoff, then
/// dead-lettered for staff. Every node runs one; it wakes at once for events it committed itself, and polls for the
/// others' every <see cref="EventOptions.PollInterval"/>.
/// </summary>
public sealed partial class EventDispatcher(IServiceScopeFactory scopes, EventSubscriptions subscriptions, DispatcherSignal signal, EventMetrics metrics,
    IOptions<EventOptions> options, TimeProvider clock, ILogger<EventDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan CleanUpEvery = TimeSpan.FromHours(1);
    private DateTimeOffset nextCleanUp;

    /// <summary>Runs every due delivery (as many rounds as it takes); returns how many finished.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var (finished, claimed) = await RoundAsync(cancellationToken);
            total += finished;
            if (claimed == 0)
            {
                return total;
            }
        }
    }

    /// <summary>Deletes finished deliveries and events older than the retention period (dead letters stay).</summary>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var cutoff = clock.GetUtcNow() - options.Value.Retention;
        var deliveries = await db.Set<EventDelivery>().Where(d => d.FinishedAt != null && d.FinishedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.Set<EventRecord>().Where(e => e.RecordedAt < cutoff && !db.Set<EventDelivery>().Any(d => d.EventRecordId == e.Id))
            .ExecuteDeleteAsync(cancellationToken);
        return deliveries;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Dispatch)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchAsync(stoppingToken);
                if (clock.GetUtcNow() >= nextCleanUp)
                {
                    nextCleanUp = clock.GetUtcNow() + CleanUpEvery;
                    await CleanUpAsync(stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database is away or the schema not there yet: try again at the next poll.
                LogRoundFailed(e);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<(int Finished, int Claimed)> RoundAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        List<EventDelivery> claimed;
        Guid token;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            var deliveries = db.Set<EventDelivery>();
            // The head of each handler's stream is its oldest open delivery (waiting, being tried or backing off); it may
            // run when it is also the oldest claimable one. One aggregate over the open deliveries, with no join for the
            // planner to get wrong while the table grows faster than its statistics.
            var now = clock.GetUtcNow();
            var heads = await deliveries.Where(d => d.FinishedAt == null && d.DeadLetteredAt == null).GroupBy(d => new { d.Handler, d.Stream })
                .Where(g => g.Min(d => d.Id) == g.Min(d => d.DueAt != null && d.DueAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now) ? d.Id : (long?)null))
                .Select(g => g.Min(d => d.Id)).OrderBy(id => id).Take(settings.BatchSize).ToListAsync(cancellationToken);
            (token, var count) = await LeasedWorkQueue.ClaimAsync(db, deliveries.Where(d => heads.Contains(d.Id)), settings.BatchSize, settings.LeaseFor, now,
                cancellationToken);
            if (count == 0)
            {
                return (0, 0);
            }

            claimed = await deliveries.AsNoTracking().Include(d => d.Event).Where(d => d.ClaimToken == token && d.FinishedAt == null)
                .ToListAsync(cancellationToken);
        }

        var finished = 0;
        var chunks = claimed.Chunk(Math.Max(1, settings.ChunkSize));
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellationToken },
            async (chunk, cancel) => Interlocked.Add(ref finished, await RunChunkAsync(chunk, token, cancel)));
        return (finished, claimed.Count);
    }

    /// <summary>
    /// Runs claimed deliveries in one transaction and one save (a claim holds at most one delivery per handler's stream,
    /// so order is kept). All finish together or none does: when a handler throws, the chunk rolls back, that delivery
    /// alone counts a failed try and the rest run again without it; when the save fails or a claim was lost, each runs
    /// on its own. Returns how many finished.
    /// </summary>
    private async Task<int> RunChunkAsync(EventDelivery[] chunk, Guid token, CancellationToken cancellationToken)
    {
        if (chunk.Length == 1)
        {
            return await RunAsync(chunk[0], token, cancellationToken) ? 1 : 0;
        }

        (int Failed, Exception? Error, bool Done) outcome;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            try
            {
                outcome = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        try
                        {
                            await InvokeAsync(scope.ServiceProvider, chunk[i], cancellationToken);
                        }
                        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                        {
                            await transaction.RollbackAsync(cancellationToken);
                            return (i, (Exception?)e, false);
                        }
                    }

                    // One save for the chunk's writes; if it fails, nobody can tell whose write it was, so each runs on its own.
                    await db.SaveChangesAsync(cancellationToken);
                    var ids = chunk.Select(d => d.Id).ToList();
                    var now = clock.GetUtcNow();
                    var finished = await db.Set<EventDelivery>().Where(w => ids.Contains(w.Id) && w.ClaimToken == token && w.FinishedAt == null)
                        .ExecuteUpdateAsync(set => set
                            .SetProperty(w => w.FinishedAt, now)
                            .SetProperty(w => w.Attempts, w => w.Attempts + 1)
                            .SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null)
                            .SetProperty(w => w.LastError, (string?)null), cancellationToken);
                    if (finished != chunk.Length)
                    {
                        await transaction.RollbackAsync(cancellationToken);
                        return (-1, null, false);
                    }

                    await transaction.CommitAsync(cancellationToken);
                    return (-1, null, true);
                });
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The database failed under the chunk (not a handler): each delivery tries on its own and counts its own failure.
                outcome = (-1, null, false);
            }
        }

        if (outcome.Done)
        {
            foreach (var delivery in chunk)
            {
                Handled(delivery);
            }

            return chunk.Length;
        }

        if (outcome.Error is { } error)
        {
            await FailAsync(chunk[outcome.Failed], token, error);
            return await RunChunkAsync([.. chunk.Where((_, i) => i != outcome.Failed)], token, cancellationToken);
        }

        var done = 0;
        foreach (var delivery in chunk)
        {
            done += await RunAsync(delivery, token, cancellationToken) ? 1 : 0;
        }

        return done;
    }

    private async Task InvokeAsync(IServiceProvider services, EventDelivery delivery, CancellationToken cancellationToken)
    {
        var subscription = subscriptions.Handler(delivery.Handler, delivery.Event.Name)
            ?? throw new InvalidOperationException($"No handler named {delivery.Handler} for {delivery.Event.Name} runs on this node.");
        await subscription.Invoke(services, EventPublishing.Read(delivery.Event, subscription.EventType), cancellationToken);
    }

    private void Handled(EventDelivery delivery)
    {
        metrics.Handled.Add(1);
        metrics.Lag.Record((clock.GetUtcNow() - delivery.Event.RecordedAt).TotalMilliseconds);
    }

    /// <summary>Runs one claimed delivery under the claim's token; false when it failed or the claim was lost.</summary>
    internal async Task<bool> RunAsync(EventDelivery delivery, Guid token, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
            var done = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await InvokeAsync(scope.ServiceProvider, delivery, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                if (!await LeasedWorkQueue.FinishAsync<EventDelivery>(db, delivery.Id, token, clock.GetUtcNow(), cancellationToken))
                {
                    // The claim lapsed and another node took the delivery over: its run counts, not this one.
                    await transaction.RollbackAsync(cancellationToken);
                    return false;
                }

                await transaction.CommitAsync(cancellationToken);
                return true;
            });
            if (done)
            {
                Handled(delivery);
            }

            return done;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await FailAsync(delivery, token, e);
            return false;
        }
    }

    /// <summary>Counts a failed try under the claim's token: backoff, or a dead letter after the last.</summary>
    private async Task FailAsync(EventDelivery delivery, Guid token, Exception e)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var dead = await LeasedWorkQueue.FailAsync(db, delivery, token, $"{e.GetType().Name}: {e.Message}", clock.GetUtcNow(), options.Value.MaxAttempts,
            CancellationToken.None);
        metrics.Failed.Add(1);
        if (dead)
        {
            metrics.DeadLettered.Add(1);
            LogDeadLettered(delivery.Event.Name, delivery.Event.EventId, delivery.Handler, e);
        }
        else
        {
            LogHandlerFailed(delivery.Event.Name, delivery.Event.EventId, delivery.Handler, delivery.Attempts + 1, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event dispatch round failed; trying again at the next poll")]
    private partial void LogRoundFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handler {Handler} failed on {EventName} {EventId} (try {Attempts}); it will be tried again")]
    private partial void LogHandlerFailed(string eventName, Guid eventId, string handler, int attempts, Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler {Handler} gave up on {EventName} {EventId}: dead-lettered, see the back office's event log")]
    private partial void LogDeadLettered(string eventName, Guid eventId, string handler, Exception e);
}
