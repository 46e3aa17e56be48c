using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Data.Events;
using Vetrina.Data.Work;
using Vetrina.Kernel.Events;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The outbox and dispatcher on a real database of their own, driven by hand with a controllable clock: what a
/// rollback does to an event, retries and dead letters, a delivery run twice, and order within a stream.
/// </summary>
public abstract class IntegrationEventsContract : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private ServiceProvider services = null!;
    private Func<Task> drop = () => Task.CompletedTask;

    private EventDispatcher Dispatcher => services.GetRequiredService<EventDispatcher>();

    protected abstract Task<(DatabaseOptions Options, Func<Task> Drop)> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        (var options, drop) = await CreateDatabaseAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddMetrics();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddIntegrationEvents(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vetrina:Events:MaxAttempts"] = "3",
            ["Vetrina:Events:Dispatch"] = "false",
        }).Build());
        collection.AddEventHandler<ProbeHappened, ProbeHandler>();
        collection.AddEventHandler<ProbeFollowed, ProbeHandler>();
        collection.AddDbContext<VetrinaDbContext>((provider, db) =>
        {
            options.Configure(db, []);
            db.AddInterceptors(provider.GetRequiredService<EventSaveHook>());
            // The model here holds only the platform's tables; the migrations make every module's.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services = collection.BuildServiceProvider();
        await WithDbAsync(db => db.Database.MigrateAsync());
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await drop();
    }

    [Fact]
    public async Task Event_PublishedWithAChangeThatRollsBack_IsNeverDelivered()
    {
        var rolledBack = new ProbeHappened(Key(), 1, 0, clock.GetUtcNow());
        await WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(new AuditEntry(clock.GetUtcNow(), "test", "probe.change", $"change:{rolledBack.Key}", ""));
            db.Publish(rolledBack);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }));
        var committed = new ProbeHappened(Key(), 1, 0, clock.GetUtcNow());
        await PublishAsync(committed);

        Assert.Equal(1, await Dispatcher.DispatchAsync(default));
        Assert.Equal(["1"], await HandledAsync(committed.Key));
        Assert.Empty(await HandledAsync(rolledBack.Key));
        Assert.False(await WithDbAsync(db => db.Set<EventRecord>().AnyAsync(e => e.EventId == rolledBack.EventId)));
    }

    [Fact]
    public async Task Handler_ThatThrows_IsRetriedWithBackoff_ThenDeadLettered_AndStaffCanRetryIt()
    {
        // Fails three times (the configured number of tries), then would succeed.
        var probe = new ProbeHappened(Key(), 1, 3, clock.GetUtcNow());
        await PublishAsync(probe);

        Assert.Equal(0, await Dispatcher.DispatchAsync(default));
        var first = await DeliveryAsync(probe);
        Assert.Equal((1, clock.GetUtcNow().AddSeconds(10)), (first.Attempts, first.DueAt));
        Assert.Contains("probe failure 1", first.LastError, StringComparison.Ordinal);

        // Not due yet: nothing runs.
        clock.Advance(TimeSpan.FromSeconds(9));
        await Dispatcher.DispatchAsync(default);
        Assert.Equal(1, (await DeliveryAsync(probe)).Attempts);

        clock.Advance(TimeSpan.FromSeconds(1));
        await Dispatcher.DispatchAsync(default);
        Assert.Equal(2, (await DeliveryAsync(probe)).Attempts);

        clock.Advance(TimeSpan.FromSeconds(20));
        await Dispatcher.DispatchAsync(default);
        var dead = await DeliveryAsync(probe);
        Assert.Equal((3, clock.GetUtcNow()), (dead.Attempts, dead.DeadLetteredAt));

        // Dead: no further tries, whatever the time; and the failed tries left nothing behind.
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await Dispatcher.DispatchAsync(default));
        Assert.Equal(3, ProbeHandler.Tries(probe.EventId));
        Assert.Empty(await HandledAsync(probe.Key));

        Assert.True(await WithDbAsync(db => LeasedWorkQueue.RetryDeadAsync<EventDelivery>(db, dead.Id, clock.GetUtcNow(), default)));
        Assert.Equal(1, await Dispatcher.DispatchAsync(default));
        Assert.Equal(["1"], await HandledAsync(probe.Key));
        Assert.NotNull((await DeliveryAsync(probe)).FinishedAt);
    }

    [Fact]
    public async Task Delivery_RunAgainByANodeWhoseClaimLapsed_ChangesNothing()
    {
        var probe = new ProbeHappened(Key(), 1, 0, clock.GetUtcNow());
        await PublishAsync(probe);

        // A node claims the delivery, then stalls past its claim.
        var (staleToken, claimed) = await WithDbAsync(db =>
            LeasedWorkQueue.ClaimAsync(db, db.Set<EventDelivery>().Where(d => d.Event.EventId == probe.EventId), 10, TimeSpan.FromMinutes(1),
                clock.GetUtcNow(), default));
        Assert.Equal(1, claimed);
        var stale = await DeliveryAsync(probe);
        clock.Advance(TimeSpan.FromMinutes(2));

        // Another node takes it over and handles it; then the first one wakes up and runs it too.
        Assert.Equal(1, await Dispatcher.DispatchAsync(default));
        Assert.False(await Dispatcher.RunAsync(stale, staleToken, default));

        Assert.Equal(2, ProbeHandler.Tries(probe.EventId));
        Assert.Equal(["1"], await HandledAsync(probe.Key));
        Assert.Equal(1, (await DeliveryAsync(probe)).Attempts);
    }

    [Fact]
    public async Task EventsOfOneStream_ReachTheHandlerInOrder_WhileOtherStreamsGoOn()
    {
        var stream = Key();
        var other = new ProbeHappened(Key(), 1, 0, clock.GetUtcNow());
        await PublishAsync(new ProbeHappened(stream, 1, 1, clock.GetUtcNow()), new ProbeHappened(stream, 2, 0, clock.GetUtcNow()), other,
            new ProbeHappened(stream, 3, 0, clock.GetUtcNow()));

        // The stream's first event fails: the two after it wait for it; the other stream is not held up.
        Assert.Equal(1, await Dispatcher.DispatchAsync(default));
        Assert.Empty(await HandledAsync(stream));
        Assert.Equal(["1"], await HandledAsync(other.Key));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(3, await Dispatcher.DispatchAsync(default));
        Assert.Equal(["1", "2", "3"], await HandledAsync(stream));
    }

    [Fact]
    public async Task DeliveriesRunTogether_FinishTogether_AndOneThatThrows_FailsAlone()
    {
        // Claimed in one round and run in one transaction; the third one's handler throws on its first try.
        var probes = Enumerable.Range(1, 6).Select(i => new ProbeHappened(Key(), 1, i == 3 ? 1 : 0, clock.GetUtcNow())).ToArray();
        await PublishAsync(probes);

        Assert.Equal(5, await Dispatcher.DispatchAsync(default));
        foreach (var probe in probes.Where(p => p.FailFirst == 0))
        {
            Assert.Equal(["1"], await HandledAsync(probe.Key));
            Assert.Equal(1, (await DeliveryAsync(probe)).Attempts);
        }

        var failed = await DeliveryAsync(probes[2]);
        Assert.Equal((1, (DateTimeOffset?)null), (failed.Attempts, failed.FinishedAt));
        Assert.Empty(await HandledAsync(probes[2].Key));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await Dispatcher.DispatchAsync(default));
        Assert.Equal(["1"], await HandledAsync(probes[2].Key));
    }

    [Fact]
    public async Task AHandlerOfTwoEventTypes_GetsAStreamsEventsInOrder_WhateverTheirTypes()
    {
        var stream = Key();
        await WithDbAsync(async db =>
        {
            db.Publish(new ProbeHappened(stream, 1, 1, clock.GetUtcNow()));
            db.Publish(new ProbeFollowed(stream, 2, clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        await Dispatcher.DispatchAsync(default);
        Assert.Empty(await HandledAsync(stream));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, await Dispatcher.DispatchAsync(default));
        Assert.Equal(["1", "2"], await HandledAsync(stream));
    }

    private static string Key() => Guid.NewGuid().ToString("N")[..12];

    private async Task PublishAsync(params ProbeHappened[] probes) => await WithDbAsync(async db =>
    {
        foreach (var probe in probes)
        {
            db.Publish(probe);
        }

        return await db.SaveChangesAsync();
    });

    private Task<EventDelivery> DeliveryAsync(ProbeHappened probe) =>
        WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking().Include(d => d.Event).SingleAsync(d => d.Event.EventId == probe.EventId));

    /// <summary>What the handler committed for a stream, in the order it committed it.</summary>
    private Task<List<string>> HandledAsync(string key) =>
        WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Subject == $"probe:{key}").OrderBy(a => a.Id).Select(a => a.Details).ToListAsync());

    private async Task<T> WithDbAsync<T>(Func<VetrinaDbContext, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<VetrinaDbContext>());
    }

    private Task<int> WithDbAsync(Func<VetrinaDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return 0;
    });
}

/// <summary>An event of the tests' own: <see cref="FailFirst"/> tries of its handler throw.</summary>
public sealed record ProbeHappened(string Key, int Sequence, int FailFirst, DateTimeOffset At) : IntegrationEvent(At)
{
    public override string Stream => $"probe:{Key}";
}

/// <summary>A second event of the tests' own on the same streams, which never fails.</summary>
public sealed record ProbeFollowed(string Key, int Sequence, DateTimeOffset At) : IntegrationEvent(At)
{
    public override string Stream => $"probe:{Key}";
}

/// <summary>Writes an audit row per event (what a real handler's database work would be), then throws if told to.</summary>
public sealed class ProbeHandler(VetrinaDbContext db, TimeProvider clock) : IIntegrationEventHandler<ProbeHappened>, IIntegrationEventHandler<ProbeFollowed>
{
    public Task HandleAsync(ProbeFollowed integrationEvent, CancellationToken cancellationToken)
    {
        db.Add(new AuditEntry(clock.GetUtcNow(), "probe", "probe.handled", $"probe:{integrationEvent.Key}", $"{integrationEvent.Sequence}"));
        return Task.CompletedTask;
    }

    private static readonly ConcurrentDictionary<Guid, int> Attempts = new();

    public static int Tries(Guid eventId) => Attempts.GetValueOrDefault(eventId);

    public Task HandleAsync(ProbeHappened integrationEvent, CancellationToken cancellationToken)
    {
        var tries = Attempts.AddOrUpdate(integrationEvent.EventId, 1, (_, n) => n + 1);
        db.Add(new AuditEntry(clock.GetUtcNow(), "probe", "probe.handled", $"probe:{integrationEvent.Key}", $"{integrationEvent.Sequence}"));
        return tries <= integrationEvent.FailFirst ? throw new InvalidOperationException($"probe failure {tries}") : Task.CompletedTask;
    }
}

public sealed class SqliteIntegrationEventsTests : IntegrationEventsContract
{
    protected override Task<(DatabaseOptions Options, Func<Task> Drop)> CreateDatabaseAsync() => Task.FromResult(ScratchDatabase.Sqlite("events"));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlIntegrationEventsTests(PostgresAppFixture fixture) : IntegrationEventsContract
{
    protected override Task<(DatabaseOptions Options, Func<Task> Drop)> CreateDatabaseAsync() =>
        Task.FromResult(ScratchDatabase.PostgreSql(fixture.ConnectionString, "events"));
}
