using System.Diagnostics;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A throwaway Redis on loopback from Debian's redis-server, started once per test run, nothing saved to disk. The
/// PostgreSQL app caches through it, as production nodes do; a test may stop it and start it again on the same port.
/// Missing binaries fail the run: .ci/run installs them.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private const string Binary = "/usr/bin/redis-server";

    private static readonly Lazy<RedisServer> Started = new(() =>
    {
        var server = new RedisServer(Loopback.FreePort());
        server.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    });

    private Process? process;

    private RedisServer(int port) => Port = port;

    public static RedisServer Shared => Started.Value;

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Stops it as a crash would: at once, its data gone.</summary>
    public void Stop()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    public void Start()
    {
        Assert.True(File.Exists(Binary), $"{Binary} is missing: apt-get install redis-server (.ci/run does).");
        process = Process.Start(new ProcessStartInfo(Binary, ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--dir", Path.GetTempPath()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!Loopback.Listening(Port))
        {
            Assert.False(process.HasExited, "redis-server stopped at start.");
            Assert.True(DateTime.UtcNow < until, "redis-server did not listen within 20 s.");
            Thread.Sleep(20);
        }
    }

    public void Dispose() => Stop();
}
