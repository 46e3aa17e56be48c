using System.Diagnostics;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A throwaway PostgreSQL cluster from the installed binaries, started once per test run. Set
/// VETRINA_TEST_POSTGRES to a connection string to use an existing server instead. Missing binaries fail the run
/// rather than skipping: the PostgreSQL tests must run.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string? dataDirectory;
    private readonly string? bin;
    private readonly int port;
    private readonly bool archiving;

    private PostgresServer(string connectionString, string? dataDirectory, string? bin, int port = 0, bool archiving = false)
    {
        ConnectionString = connectionString;
        this.dataDirectory = dataDirectory;
        this.bin = bin;
        this.port = port;
        this.archiving = archiving;
    }

    /// <summary>The server binaries' folder (pg_basebackup, psql).</summary>
    public string Bin => bin ?? throw new InvalidOperationException("An external server has no binaries here.");

    public string ConnectionString { get; }

    /// <summary>
    /// A server of the run's own; with <paramref name="archiveTo"/>, one that archives every WAL segment there (as
    /// deploy/postgres/archiving.conf sets up) and writes full pages, so that base backups of it restore.
    /// </summary>
    public static async Task<PostgresServer> StartAsync(string? archiveTo = null)
    {
        var external = Environment.GetEnvironmentVariable("VETRINA_TEST_POSTGRES");
        if (archiveTo is null && !string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(external, null, null);
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL server binaries were not found under /usr/lib/postgresql. Install them (apt-get install postgresql) or set VETRINA_TEST_POSTGRES.");
        }

        var data = Directory.CreateTempSubdirectory("vetrina-pg-").FullName;
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", data]);
        }

        var port = Loopback.FreePort();
        await RunAsPostgresAsync($"{bin}/initdb -D {data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync");
        if (archiveTo is not null)
        {
            await File.AppendAllTextAsync(Path.Combine(data, "postgresql.auto.conf"),
                $"wal_level = replica\narchive_mode = on\narchive_command = 'test ! -f {archiveTo}/%f && cp %p {archiveTo}/%f'\n");
        }

        var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=vetrina_tests;Maximum Pool Size=50", data, bin, port, archiveTo is not null);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Stops the server as an operator would for a restart (fast: connections cut, nothing lost).</summary>
    public Task StopAsync() => RunAsPostgresAsync($"{bin}/pg_ctl -D {dataDirectory} -w -m fast stop");

    public Task StartAgainAsync() => RunAsPostgresAsync(
        $"{bin}/pg_ctl -D {dataDirectory} -l {dataDirectory}/log -w -t 60 start -o \"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes={(archiving ? "on" : "off")} -c max_connections=200\"");

    public async ValueTask DisposeAsync()
    {
        if (dataDirectory is null)
        {
            return;
        }

        await RunAsPostgresAsync($"{bin}/pg_ctl -D {dataDirectory} -m immediate stop");
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static Task RunAsPostgresAsync(string command) =>
        IsRoot ? RunAsync("su", ["postgres", "-c", command]) : RunAsync("/bin/sh", ["-c", command]);

    private static async Task RunAsync(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The postgres user cannot read root's working directory.
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {string.Join(' ', arguments)}' failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}
