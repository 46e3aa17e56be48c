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
            // The head of each handler's stream: nothing earlier of the same stream is still waiting or being tried.
            var heads = deliveries.Where(d => !deliveries.Any(e => e.Handler == d.Handler && e.Stream == d.Stream && e.Id < d.Id
                && e.FinishedAt == null && e.DeadLetteredAt == null));
            (token, var count) = await LeasedWorkQueue.ClaimAsync(db, heads, settings.BatchSize, settings.LeaseFor, clock.GetUtcNow(), cancellationToken);
            if (count == 0)
            {
                return (0, 0);
            }

            claimed = await deliveries.AsNoTracking().Include(d => d.Event).Where(d => d.ClaimToken == token && d.FinishedAt == null)
                .ToListAsync(cancellationToken);
        }

        var finished = 0;
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellationToken },
            async (delivery, cancel) =>
            {
                if (await RunAsync(delivery, token, cancel))
                {
                    Interlocked.Increment(ref finished);
                }
            });
        return (finished, claimed.Count);
    }

    /// <summary>Runs one claimed delivery under the claim's token; false when it failed or the claim was lost.</summary>
    internal async Task<bool> RunAsync(EventDelivery delivery, Guid token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        try
        {
            var subscription = subscriptions.Handler(delivery.Handler, delivery.Event.Name)
                ?? throw new InvalidOperationException($"No handler named {delivery.Handler} for {delivery.Event.Name} runs on this node.");
            var integrationEvent = EventPublishing.Read(delivery.Event, subscription.EventType);
            var strategy = db.Database.CreateExecutionStrategy();
            var done = await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await subscription.Invoke(scope.ServiceProvider, integrationEvent, cancellationToken);
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
                metrics.Handled.Add(1);
                metrics.Lag.Record((clock.GetUtcNow() - delivery.Event.RecordedAt).TotalMilliseconds);
            }

            return done;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
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

            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event dispatch round failed; trying again at the next poll")]
    private partial void LogRoundFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handler {Handler} failed on {EventName} {EventId} (try {Attempts}); it will be tried again")]
    private partial void LogHandlerFailed(string eventName, Guid eventId, string handler, int attempts, Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler {Handler} gave up on {EventName} {EventId}: dead-lettered, see the back office's event log")]
    private partial void LogDeadLettered(string eventName, Guid eventId, string handler, Exception e);
}
