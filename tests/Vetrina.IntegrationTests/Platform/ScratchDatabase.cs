using Vetrina.Data;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A database of a test's own, away from the shared app's (whose dispatcher and jobs would otherwise touch its rows): a
/// SQLite file, or a database on the run's PostgreSQL server. Drop removes it.
/// </summary>
public static class ScratchDatabase
{
    public static (DatabaseOptions Options, Func<Task> Drop) Sqlite(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vetrina-{purpose}-{Guid.NewGuid():N}.db");
        return (new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path}" }, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        });
    }

    public static (DatabaseOptions Options, Func<Task> Drop) PostgreSql(string serverConnection, string purpose)
    {
        var database = $"{purpose}_{Guid.NewGuid():N}";
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(serverConnection) { Database = database }.ConnectionString;
        return (new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection }, async () =>
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var admin = new Npgsql.NpgsqlConnection(serverConnection);
            await admin.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await command.ExecuteNonQueryAsync();
        });
    }
}
