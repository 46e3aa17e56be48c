using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Vetrina.Data;

/// <summary>How to reach the database: configuration section <c>Vetrina:Database</c> plus <c>ConnectionStrings:Vetrina</c>.</summary>
public sealed class DatabaseOptions
{
    public const string DefaultSqliteConnection = "Data Source=data/vetrina.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = DefaultSqliteConnection;

    public const string SqliteMigrationsAssembly = "Vetrina.Data.Sqlite";

    public const string PostgreSqlMigrationsAssembly = "Vetrina.Data.PostgreSql";

    public void Configure(DbContextOptionsBuilder builder, IEnumerable<Assembly> modules)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(WithPreparedStatements(ConnectionString), npgsql =>
                {
                    npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly);
                    npgsql.ExecutionStrategy(dependencies => new PostgreSqlRetries(dependencies));
                });
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {Provider}.");
        }

        builder.UseModules(modules);
    }

    /// <summary>
    /// Lets Npgsql prepare the statements an app node runs again and again (every checkout runs the same few dozen), so
    /// PostgreSQL parses and plans each once per connection instead of on every call; and skips the session reset a
    /// pooled connection otherwise runs each time it is taken (a checkout takes one about eight times), since the app
    /// keeps no session state (its only setting is transaction-local). Connecting gives up after 3 s, not Npgsql's 15:
    /// a server that does not answer should fail a request quickly (503), not hold it. A connection string that says
    /// otherwise wins.
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!System.Text.RegularExpressions.Regex.IsMatch(connectionString, @"(^|;)\s*timeout\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            builder.Timeout = 3;
        }

        if (!Says(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 200;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!Says(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static bool Says(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));

    /// <summary>SQLite creates the database file but not its folder; make sure the folder exists.</summary>
    public void EnsureSqliteDirectory()
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
