using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Vetrina.Admin.Staff;
using Vetrina.Data;
using Vetrina.DemoData;

namespace Vetrina.Web.Platform;

/// <summary>
/// Brings the database to the latest migration and seeds the demo brand into an empty one. On PostgreSQL an advisory
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

        if (app.Configuration.GetValue("Vetrina:Seed:Demo", true) && await DemoSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()))
        {
            logger.LogInformation("Seeded the demo brand into an empty database");
        }

        await FirstAdmin.EnsureAsync(scope.ServiceProvider, app.Configuration, logger);
    }

    /// <summary>The lock needs a database to connect to; nodes racing to create it are fine.</summary>
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

        var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            command.Parameters.AddWithValue("key", SeedLockKey);
            await command.ExecuteNonQueryAsync();
        }

        // Closing the session releases the lock.
        return connection;
    }
}
