using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Collection;

/// <summary>
/// Takes what the collector queued and writes it in batches: whatever arrived while the last write ran goes in the next
/// one (group commit), so a busy node writes big batches and a quiet one answers at once. A failed write is tried again
/// (the database restarting, say) until it succeeds; the collector answers only when its events are committed, so an
/// acknowledged event is never lost, and a full queue makes it say 429.
/// </summary>
internal sealed partial class EventWriter(EventQueue queue, IServiceScopeFactory scopes, IOptions<AnalyticsOptions> options,
    AnalyticsMetrics metrics, TimeProvider clock, ILogger<EventWriter> logger, IHostApplicationLifetime lifetime) : IHostedService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(5);
    private Task[] writers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Stop taking events as soon as the node is asked to stop; what is queued is written before it goes.
        lifetime.ApplicationStopping.Register(queue.Close);
        writers = [.. Enumerable.Range(0, Math.Max(1, options.Value.Writers)).Select(_ => Task.Run(WriteAllAsync, CancellationToken.None))];
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        await Task.WhenAll(writers).WaitAsync(cancellationToken);
    }

    private async Task WriteAllAsync()
    {
        var batchSize = options.Value.BatchSize;
        var batch = new List<PendingWrite>();
        while (await queue.Reader.WaitToReadAsync())
        {
            var events = 0;
            while (events < batchSize && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                events += pending.Events.Count;
            }

            if (batch.Count == 0)
            {
                continue;
            }

            await WriteUntilStoredAsync(batch, events);
            foreach (var pending in batch)
            {
                pending.Stored.TrySetResult();
            }

            queue.Written(events);
            batch.Clear();
        }
    }

    private async Task WriteUntilStoredAsync(List<PendingWrite> batch, int count)
    {
        var events = batch.Count == 1 ? batch[0].Events : [.. batch.SelectMany(p => p.Events)];
        var wait = FirstRetry;
        for (var attempt = 1; ; attempt++)
        {
            var started = clock.GetTimestamp();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await EventStore.WriteAsync(scope.ServiceProvider.GetRequiredService<VetrinaDbContext>(), events, ReportingDays.Settled(clock, options.Value.Zone),
                    CancellationToken.None);
                metrics.Written(count, clock.GetElapsedTime(started));
                return;
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                LogWriteFailed(logger, error, count, attempt, wait);
                await Task.Delay(wait);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestRetry.Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} analytics events failed (attempt {Attempt}); trying again in {Wait}")]
    private static partial void LogWriteFailed(ILogger logger, Exception error, int count, int attempt, TimeSpan wait);
}
