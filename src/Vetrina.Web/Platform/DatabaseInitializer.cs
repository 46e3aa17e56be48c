using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Web.Platform;

/// <summary>
/// Brings the database to the latest migration, gives an empty one the shop's starting configuration and, in
/// Development or when asked, the demo brand. On PostgreSQL an advisory
/// lock makes nodes that start together take turns, so the seed runs once.
/// </summary>
internal static class DatabaseInitializer
{
    private const long SeedLockKey = 0x5645_5452_494E_41; // "VETRINA"

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        options.EnsureSqliteDirectory();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Vetrina.Database");

        await WaitForServerAsync(options, app.Configuration.GetValue("Vetrina:Database:StartupWait", TimeSpan.FromMinutes(2)), logger);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        await EnsureDatabaseExistsAsync(db);
        await using var advisoryLock = await AcquireLockAsync(options);

        await db.Database.MigrateAsync();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer writes; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        // Each module seeds its own tables; later seeds read earlier ones through their contracts.
        var seeds = scope.ServiceProvider.GetServices<IShopSeed>().OrderBy(s => s.Order).ToList();
        if ((await scope.ServiceProvider.GetRequiredService<Vetrina.Markets.Contracts.IMarketDirectory>().AllAsync()).Count == 0)
        {
            foreach (var seed in seeds)
            {
                await seed.FoundationAsync(CancellationToken.None);
            }

            logger.LogInformation("Set up an empty shop: markets, delivery options, categories, seasons and stock locations");
        }

        // The demo brand is for trying the app out: a production catalogue starts empty unless asked for it.
        if (app.Configuration.GetValue("Vetrina:Seed:Demo", app.Environment.IsDevelopment()))
        {
            var seeded = false;
            if (!await scope.ServiceProvider.GetRequiredService<Vetrina.Catalog.Contracts.ICatalogCodes>().AnyStyleAsync(CancellationToken.None))
            {
                seeded = true;
                foreach (var seed in seeds)
                {
                    await seed.DemoAsync(CancellationToken.None);
                }

                logger.LogInformation("Seeded the demo brand into an empty database");
            }

            // Apart from the catalogue's check: a node that stopped while simulating leaves the next one to do it.
            seeded |= await SeedTrafficAsync(app, scope.ServiceProvider, logger);
            if (seeded)
            {
                db.ChangeTracker.Clear();

                // The seed allocates several hundred MB once, and an idle node collects nothing: without this a node that
                // seeded keeps ~100 MB more than one started on the same database (bench/results/email-*).
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }

        await Vetrina.Admin.AdminModule.EnsureFirstAdminAsync(scope.ServiceProvider, app.Configuration, logger);
    }

    /// <summary>
    /// Weeks of simulated visits and orders behind the demo brand, so that its dashboards have something to show (the
    /// <c>simulate</c> command makes more). <c>Vetrina:Seed:TrafficDays</c> (0: none) and <c>Vetrina:Seed:TrafficVisits</c> a day.
    /// </summary>
    private static async Task<bool> SeedTrafficAsync(WebApplication app, IServiceProvider services, ILogger logger)
    {
        var days = app.Configuration.GetValue("Vetrina:Seed:TrafficDays", 60);
        if (days <= 0 || await services.GetRequiredService<Vetrina.Analytics.Contracts.ITrafficLog>().AnyAsync(CancellationToken.None))
        {
            return false;
        }

        var to = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var simulator = ActivatorUtilities.CreateInstance<Vetrina.DemoData.Simulation.TrafficSimulator>(app.Services);
        var result = await simulator.RunAsync(new(to.AddDays(1 - days), to, Seed: 42, VisitsPerDay: app.Configuration.GetValue("Vetrina:Seed:TrafficVisits", 80)));
        logger.LogInformation("Simulated {Days} days of demo traffic: {Visits} visits, {Orders} orders", result.Days, result.Visits, result.Orders);
        return true;
    }

    /// <summary>The lock needs a database to connect to; nodes racing to create it are fine.</summary>
    /// <summary>
    /// A node started while PostgreSQL is away (a restart of both, a database failing over) waits for it, up to
    /// <c>Vetrina:Database:StartupWait</c>, instead of dying at once and leaving its restart to the service manager.
    /// The server's own maintenance database is asked, so that a shop's database not created yet still counts as there.
    /// </summary>
    private static async Task WaitForServerAsync(DatabaseOptions options, TimeSpan patience, ILogger logger)
    {
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        var server = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        var giveUp = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException e) when (e.IsTransient && DateTimeOffset.UtcNow < giveUp)
            {
                logger.LogWarning("PostgreSQL does not answer yet ({Reason}); trying again until {GiveUp:O}", e.Message, giveUp);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private static async Task EnsureDatabaseExistsAsync(VetrinaDbContext db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync())
        {
            return;
        }

        try
        {
            await creator.CreateAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node created it first.
        }
    }

    private static async Task<IAsyncDisposable?> AcquireLockAsync(DatabaseOptions options)
    {
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            return null;
        }

        // Unpooled, so that closing it ends the session and with it the lock: a pooled connection stays open in the
        // pool, and the other nodes waited five minutes (the pool's idle lifetime) after the seed was done.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        // No timeout: a node waits as long as the one holding the lock migrates and seeds (minutes for the demo's
        // traffic), where the default 30 s made it crash and start over.
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 })
        {
            command.Parameters.AddWithValue("key", SeedLockKey);
            await command.ExecuteNonQueryAsync();
        }

        return connection;
    }
}
