using Vetrina.Data;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The PostgreSQL backup recipe, run end to end: a shop on a server that archives its WAL (deploy/postgres/archiving.conf),
/// a base backup taken while it serves (backup.sh), orders placed after it, then the restore drill
/// (restore-drill.sh): the backup and the archive restore into a new cluster that holds the same orders, payments and
/// stock ledger as the source, and a node starts and serves on it.
/// </summary>
public sealed class RestoreDrillTests : IAsyncLifetime
{
    private readonly string work = Directory.CreateTempSubdirectory("vetrina-drill-").FullName;
    private PostgresServer server = null!;

    private string Archive => Path.Combine(work, "wal");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Archive);
        if (Environment.UserName == "root")
        {
            await RunAsync("/bin/chown", ["-R", "postgres:postgres", work], new Dictionary<string, string>());
        }

        server = await PostgresServer.StartAsync(archiveTo: Archive);
    }

    [Fact]
    public async Task ABaseBackupAndTheWalArchive_RestoreEveryOrder_AndANodeServesFromTheRestoredDatabase()
    {
        await using var app = new VetrinaApp(DatabaseProvider.PostgreSql, server.ConnectionString);
        var (sku, _) = await app.SkuWithUnitsAsync(20, pick: 5);
        using var client = app.CreateClient();
        await Shopper.OrderAsync(client, $"before.{Guid.NewGuid():N}@example.com", (sku, 1));

        var backup = Path.Combine(work, "base");
        var taken = await RunAsync("deploy/postgres/backup.sh", [backup, "-h", "127.0.0.1", "-p", Port, "-U", "postgres"],
            new Dictionary<string, string> { ["PGBIN"] = server.Bin });
        Assert.Contains("base backup in", taken, StringComparison.Ordinal);

        // Orders after the base backup exist only in the WAL archive.
        for (var i = 0; i < 3; i++)
        {
            await Shopper.OrderAsync(client, $"after{i}.{Guid.NewGuid():N}@example.com", (sku, 2));
        }

        var drill = await RunAsync("deploy/postgres/restore-drill.sh", [backup, Archive, $"postgresql://postgres@127.0.0.1:{Port}/vetrina_tests"],
            new Dictionary<string, string>
            {
                ["PGBIN"] = server.Bin,
                ["PORT"] = Loopback.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["APP_PORT"] = Loopback.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["NODE"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "Vetrina.Web.dll")}",
            });

        Assert.Contains("4 orders: identical", drill, StringComparison.Ordinal);
        Assert.Contains("restore drill passed", drill, StringComparison.Ordinal);
    }

    private string Port => new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs a command from the repository's root; its output, or the test fails with it.</summary>
    private static async Task<string> RunAsync(string file, string[] arguments, Dictionary<string, string> environment)
    {
        var (exitCode, output) = await ExternalTools.RunAsync(Path.IsPathRooted(file) ? file : Path.Combine(ExternalTools.RepositoryRoot, file),
            string.Join(' ', arguments), ExternalTools.RepositoryRoot, environment);
        Assert.True(exitCode == 0, $"{file} failed ({exitCode}):\n{output}");
        return output;
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(work, recursive: true);
    }
}
