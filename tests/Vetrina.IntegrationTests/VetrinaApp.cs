using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Data.Events;

namespace Vetrina.IntegrationTests;

/// <summary>The real app on a real database, seeded with the demo brand once for all the tests of a provider.</summary>
public sealed class VetrinaApp(DatabaseProvider provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@vetrina.test";
    public const string AdminPassword = "correct horse battery staple";

    public static readonly string MediaCache = Path.Combine(Path.GetTempPath(), $"vetrina-media-test-{Environment.ProcessId}");

    public DatabaseProvider Provider { get; } = provider;

    /// <summary>This app's support mailbox on the run's Dovecot.</summary>
    public string Mailbox { get; } = $"support-{Guid.NewGuid():N}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // A test replaying a moment (ReplayableClock.Begin) carries it into the requests it sends, as it does into services it calls.
        builder.ConfigureServices(services => services.Configure<Microsoft.AspNetCore.TestHost.TestServerOptions>(o => o.PreserveExecutionContext = true));
        builder.UseSetting("Vetrina:Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Vetrina", connectionString);
        builder.UseSetting("Vetrina:Admin:Email", AdminEmail);
        builder.UseSetting("Vetrina:Admin:Password", AdminPassword);
        builder.UseSetting("Vetrina:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Vetrina:Smtp:Port", SmtpSink.Shared.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Vetrina:Smtp:Security", "None");
        builder.UseSetting("Vetrina:Smtp:PollInterval", "00:00:00.200");
        // Resized pictures are made afresh by each test run, never taken from an earlier run's cache.
        builder.UseSetting("Vetrina:Media:CacheDirectory", MediaCache);
        // The demo's simulated history would put weeks of orders and events under every test; SimulationTests run it.
        builder.UseSetting("Vetrina:Seed:Demo", "true");
        builder.UseSetting("Vetrina:Seed:TrafficDays", "0");
        // Every email is DKIM-signed with a key made for the run; the tests verify signatures with its public half.
        builder.UseSetting("Vetrina:Smtp:From", $"Vetrina <shop@{TestDkim.Domain}>");
        builder.UseSetting("Vetrina:Smtp:Dkim:Domain", TestDkim.Domain);
        builder.UseSetting("Vetrina:Smtp:Dkim:PrivateKey", TestDkim.PrivateKeyPem);
        builder.UseSetting("Vetrina:Helpdesk:InboundSecret", HelpdeskContract.InboundSecret);
        // A mailbox of this app's own on the run's Dovecot, polled by the tests themselves (the job's interval is long).
        builder.UseSetting("Vetrina:Helpdesk:Imap:Host", "127.0.0.1");
        builder.UseSetting("Vetrina:Helpdesk:Imap:Port", DovecotServer.Shared.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Vetrina:Helpdesk:Imap:Security", "None");
        builder.UseSetting("Vetrina:Helpdesk:Imap:UserName", Mailbox);
        builder.UseSetting("Vetrina:Helpdesk:Imap:Password", "test");
        builder.UseSetting("Vetrina:Helpdesk:Imap:PollInterval", "01:00:00");
        // One final-sale category, so that the returns tests see a line refused with its reason.
        builder.UseSetting("Vetrina:Returns:FinalSale:0:Category", ReturnContract.FinalSaleCategory);
        builder.UseSetting("Vetrina:Returns:FinalSale:0:Reason:ko", ReturnContract.FinalSaleReason);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// Each client the tests make comes from an address of its own (through the forwarded header a proxy on loopback
    /// sets), as each shopper would: the per-address rate limits count one test's requests, not the whole run's. A
    /// test that sets the header itself keeps its own.
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", NextClientAddress());
    }

    private static int clients;

    /// <summary>An address in 10.0.0.0/8 not given to any client before in this run.</summary>
    public static string NextClientAddress()
    {
        var n = Interlocked.Increment(ref clients);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    /// <summary>
    /// Holds one of the app's recurring jobs until disposed, for a test that runs that work itself on a clock of its
    /// own. Tests of one app run one at a time, so no other test misses the job meanwhile.
    /// </summary>
    public async Task<IAsyncDisposable> PauseJobAsync(string name)
    {
        var scheduler = await Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        var key = new Quartz.JobKey(name);
        await scheduler.PauseJob(key);
        // A run already under way finishes before the test takes over.
        while ((await scheduler.QueryFireInstances(new Quartz.FireInstanceQuery { Job = key })).Items.Count > 0)
        {
            await Task.Delay(50);
        }

        return new Resume(async () => await scheduler.ResumeJob(key));
    }

    /// <summary>
    /// Hands the integration events published so far to their handlers, as the app's dispatcher does a moment after
    /// each commit, and returns once none is left waiting (deliveries backing off after a failure excepted).
    /// </summary>
    public async Task HandleEventsAsync()
    {
        var dispatcher = Services.GetRequiredService<EventDispatcher>();
        // Past the dispatcher's lease (a minute): a claim another dispatcher never gave back is taken over by then. A full run
        // on PostgreSQL once held two orders' streams for longer than five seconds; the message below says which claims held them.
        var giveUp = DateTimeOffset.UtcNow.AddSeconds(75);
        while (true)
        {
            await dispatcher.DispatchAsync(CancellationToken.None);
            var now = DateTimeOffset.UtcNow;
            // Waiting: due, and not behind an earlier delivery of its stream that backs off after a failure or was set aside
            // (either holds the stream until it is due again). The app's own dispatcher may hold a claim on one: wait for it to finish.
            var waiting = await WithDbAsync(db => db.Set<EventDelivery>()
                .Where(d => d.FinishedAt == null && d.DeadLetteredAt == null && d.DueAt <= now
                    && !db.Set<EventDelivery>().Any(e => e.Handler == d.Handler && e.Stream == d.Stream && e.Id < d.Id && e.FinishedAt == null
                        && e.DeadLetteredAt == null && (e.DueAt == null || e.DueAt > now)))
                .Select(d => $"{d.Handler} {d.Stream} (attempts {d.Attempts}, claimed until {d.ClaimedUntil}: {d.LastError})").Take(5).ToListAsync());
            if (waiting.Count == 0)
            {
                return;
            }

            if (now > giveUp)
            {
                throw new TimeoutException($"Integration events were still waiting for their handlers after 75 seconds: {string.Join("; ", waiting)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Every line of the consent ledger about an email address, oldest first.</summary>
    public async Task<IReadOnlyList<Vetrina.Privacy.Contracts.ConsentStatement>> ConsentsOfAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Vetrina.Privacy.Contracts.IConsentLedger>().OfEmailAsync(email);
    }

    public async Task<T> WithDbAsync<T>(Func<VetrinaDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<VetrinaDbContext>());
    }
}

public abstract class AppFixture : IAsyncLifetime
{
    public VetrinaApp App { get; protected set; } = null!;

    public abstract Task InitializeAsync();

    public virtual async Task DisposeAsync() => await App.DisposeAsync();
}

public class SqliteAppFixture : AppFixture
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"vetrina-tests-{Guid.NewGuid():N}.db");

    public override Task InitializeAsync()
    {
        App = new VetrinaApp(DatabaseProvider.Sqlite, ConnectionString, Settings);
        Start();
        return Task.CompletedTask;
    }

    protected string ConnectionString => $"Data Source={path}";

    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    /// <summary>Starts the in-memory host: migrations and seed run here.</summary>
    protected virtual void Start() => _ = App.Server;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}

public sealed class PostgresAppFixture : AppFixture
{
    private PostgresServer? server;

    public string ConnectionString => server!.ConnectionString;

    /// <summary>The app's own PostgreSQL server, for a test that stops and restarts it.</summary>
    public PostgresServer Server => server!;

    public override async Task InitializeAsync()
    {
        server = await PostgresServer.StartAsync();
        App = new VetrinaApp(DatabaseProvider.PostgreSql, server.ConnectionString);
        _ = App.Server;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

/// <summary>An app of its own caching in the run's Redis, as production nodes do; its breaker tries Redis again after a second.</summary>
public sealed class RedisAppFixture : SqliteAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ConnectionStrings:Redis"] = RedisServer.Shared.ConnectionString,
        ["Vetrina:Redis:BreakFor"] = "00:00:01",
        // Low enough for a test to reach with a few requests spread over two nodes.
        ["Vetrina:RateLimits:Checkout:PermitLimit"] = "6",
    };

    /// <summary>Another node on the same database and Redis, started on first use; the caller disposes it.</summary>
    public VetrinaApp SecondNode() => new(DatabaseProvider.Sqlite, ConnectionString, Settings);
}

/// <summary>The app on a real port for a real browser; the in-memory test server cannot be reached from outside.</summary>
public sealed class BrowserAppFixture : SqliteAppFixture
{
    public Uri Address { get; private set; } = null!;

    protected override void Start()
    {
        App.UseKestrel(port: 0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Address = new Uri(addresses.First());
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "browser";
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFixture>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresAppFixture>
{
    public const string Name = "postgresql";
}

internal sealed class Resume(Func<Task> resume) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await resume();
}
