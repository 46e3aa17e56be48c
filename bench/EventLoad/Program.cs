// The integration-event dispatcher on PostgreSQL (ADR-014), as a node runs it:
//   latency  events published one at a time on an idle node, from the start of the publishing save to the handler's run:
//            by this node (its dispatcher is woken by its own commit) and by another node (found by polling)
//   drain    a backlog of events published while no dispatcher ran, then drained: events handled per second
// Each event's handler writes one row in the dispatcher's transaction, as a real handler does.
// Usage: EventLoad <connection string> <latency events> <backlog events> <parallelism>; other settings from the environment
// (Vetrina__Events__BatchSize=1000 ...)
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Data.Events;
using Vetrina.Kernel.Events;

var connection = args[0];
var latencyEvents = int.Parse(args[1], CultureInfo.InvariantCulture);
var backlogEvents = int.Parse(args[2], CultureInfo.InvariantCulture);
var parallelism = args[3];

await using var node = Node(dispatch: true);
await using var otherNode = Node(dispatch: false);
await using (var scope = node.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<VetrinaDbContext>().Database.MigrateAsync();
}

var dispatcher = node.GetRequiredService<IEnumerable<IHostedService>>().Single();
await dispatcher.StartAsync(default);
Console.WriteLine($"# latency on an idle node, {latencyEvents} events one at a time (a pause of 20-80 ms between them), parallelism {parallelism}");
Report("published and handled by this node", await LatencyAsync(node, latencyEvents));
Report("published by another node (found by polling, every 500 ms)", await LatencyAsync(otherNode, latencyEvents));
await dispatcher.StopAsync(default);

Console.WriteLine();
Console.WriteLine($"# drain: {backlogEvents:N0} events in {backlogEvents / 10:N0} streams of 10, published first, then handled by one node, parallelism {parallelism}");
var published = Stopwatch.StartNew();
for (var i = 0; i < backlogEvents; i += 1000)
{
    await using var scope = otherNode.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
    for (var j = i; j < Math.Min(i + 1000, backlogEvents); j++)
    {
        db.Publish(new BenchHappened($"s{j % (backlogEvents / 10)}", j, Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow));
    }

    await db.SaveChangesAsync();
}

Console.WriteLine($"published in {published.Elapsed.TotalSeconds:F1} s ({backlogEvents / published.Elapsed.TotalSeconds:F0} events/s, 1,000 per save)");
BenchHandler.Handled.Clear();
var drained = Stopwatch.StartNew();
await dispatcher.StartAsync(default);
while (await OpenAsync(node) > 0)
{
    await Task.Delay(100);
}

drained.Stop();
await dispatcher.StopAsync(default);
Console.WriteLine($"drained in {drained.Elapsed.TotalSeconds:F1} s: {backlogEvents / drained.Elapsed.TotalSeconds:F0} events/s handled");
Console.WriteLine($"handler runs: {BenchHandler.Handled.Count:N0}; rows the handlers wrote: {await RowsAsync(node):N0}; out of order within a stream: {BenchHandler.OutOfOrder}");
return;

ServiceProvider Node(bool dispatch)
{
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddMetrics();
    services.AddSingleton(TimeProvider.System);
    services.AddIntegrationEvents(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Vetrina:Events:Dispatch"] = dispatch ? "true" : "false",
        ["Vetrina:Events:Parallelism"] = parallelism,
    }).AddEnvironmentVariables().Build());
    services.AddEventHandler<BenchHappened, BenchHandler>();
    var options = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection };
    services.AddDbContext<VetrinaDbContext>((provider, db) =>
    {
        options.Configure(db, []);
        db.AddInterceptors(provider.GetRequiredService<EventSaveHook>());
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    });
    return services.BuildServiceProvider();
}

async Task<List<double>> LatencyAsync(ServiceProvider publisher, int count)
{
    BenchHandler.Handled.Clear();
    var started = new Dictionary<Guid, long>();
    var random = new Random(7);
    for (var i = 0; i < count; i++)
    {
        await using var scope = publisher.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var happened = new BenchHappened($"l{i}", i, Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow);
        started[happened.EventId] = happened.StartedAt;
        db.Publish(happened);
        await db.SaveChangesAsync();
        await Task.Delay(random.Next(20, 80));
    }

    while (BenchHandler.Handled.Count < count)
    {
        await Task.Delay(50);
    }

    return [.. started.Select(s => Stopwatch.GetElapsedTime(s.Value, BenchHandler.Handled[s.Key]).TotalMilliseconds)];
}

static void Report(string label, List<double> milliseconds)
{
    milliseconds.Sort();
    double At(double p) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(p * milliseconds.Count) - 1)];
    Console.WriteLine($"{label}: p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, max {milliseconds[^1]:F1} ms");
}

static async Task<int> OpenAsync(ServiceProvider node)
{
    await using var scope = node.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<VetrinaDbContext>().Set<EventDelivery>().CountAsync(d => d.FinishedAt == null);
}

static async Task<int> RowsAsync(ServiceProvider node)
{
    await using var scope = node.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<VetrinaDbContext>().AuditLog.CountAsync(a => a.Action == "bench.handled");
}

internal sealed record BenchHappened(string Key, int Sequence, long StartedAt, DateTimeOffset At) : IntegrationEvent(At)
{
    public override string Stream => $"bench:{Key}";
}

internal sealed class BenchHandler(VetrinaDbContext db) : IIntegrationEventHandler<BenchHappened>
{
    public static readonly ConcurrentDictionary<Guid, long> Handled = new();
    private static readonly ConcurrentDictionary<string, int> LastSequence = new();
    private static int outOfOrder;

    public static int OutOfOrder => outOfOrder;

    public Task HandleAsync(BenchHappened integrationEvent, CancellationToken cancellationToken)
    {
        Handled[integrationEvent.EventId] = Stopwatch.GetTimestamp();
        if (LastSequence.TryGetValue(integrationEvent.Key, out var last) && last > integrationEvent.Sequence)
        {
            Interlocked.Increment(ref outOfOrder);
        }

        LastSequence[integrationEvent.Key] = integrationEvent.Sequence;
        db.Add(new AuditEntry(DateTimeOffset.UtcNow, "bench", "bench.handled", $"bench:{integrationEvent.Key}", $"{integrationEvent.Sequence}"));
        return Task.CompletedTask;
    }
}
