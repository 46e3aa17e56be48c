using Microsoft.Data.Sqlite;
using Vetrina.Data;

namespace Vetrina.Web.Platform;

/// <summary>
/// <c>backup &lt;file&gt;</c>: a consistent copy of a SQLite shop, taken while it serves (SQLite's online backup API
/// copies the database as of one moment, writers going on meanwhile), checked with SQLite's integrity check. On
/// PostgreSQL, backups are PostgreSQL's own (docs/operations.md).
/// </summary>
internal static class BackupCommand
{
    public const string Name = "backup";

    public static int Run(IServiceProvider services, string[] args)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            Console.Error.WriteLine("This shop runs on PostgreSQL: back it up with pg_basebackup and WAL archiving (docs/operations.md).");
            return 2;
        }

        if (args.ElementAtOrDefault(1) is not { Length: > 0 } target)
        {
            Console.Error.WriteLine("usage: Vetrina.Web backup <file>   (a new file: an existing one is never overwritten)");
            return 2;
        }

        if (File.Exists(target))
        {
            Console.Error.WriteLine($"{target} exists already: name a new file.");
            return 2;
        }

        var bytes = Copy(options, target);
        Console.WriteLine($"Backed up {new SqliteConnectionStringBuilder(options.ConnectionString).DataSource} to {target} ({bytes:N0} bytes); integrity check ok.");
        return 0;
    }

    /// <summary>Copies the database to <paramref name="target"/> and checks the copy; gives its size.</summary>
    public static long Copy(DatabaseOptions options, string target)
    {
        using (var source = new SqliteConnection(options.ConnectionString))
        using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString))
        {
            source.Open();
            copy.Open();
            source.BackupDatabase(copy);
            using var check = copy.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            if (check.ExecuteScalar() as string != "ok")
            {
                throw new InvalidOperationException($"The copy at {target} failed SQLite's integrity check: keep the previous backup and try again.");
            }
        }

        return new FileInfo(target).Length;
    }
}
