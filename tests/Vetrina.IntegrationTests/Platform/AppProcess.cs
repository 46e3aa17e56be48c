using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The app as an operator runs it: its own process on a loopback port, started from a working directory of the test's
/// (not the app's folder, which it must find its settings in by itself), with settings as environment variables. What
/// it writes to the console is kept.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private AppProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public IReadOnlyCollection<string> Output => output;

    public int Id => process.Id;

    /// <summary>Starts the app and returns once it is ready; <paramref name="meanwhile"/> runs while it starts.</summary>
    public static async Task<AppProcess> StartAsync(int port, string workingDirectory, IReadOnlyDictionary<string, string> environment,
        Func<AppProcess, Task>? meanwhile = null)
    {
        var bin = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "Vetrina.Web.dll"), "--urls", address.ToString()])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // These tests load one node from one address, as a load script would: per-client limits are for strangers.
        start.Environment["Vetrina__RateLimits__Enabled"] = "false";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var started = new AppProcess(Process.Start(start)!, address);
        if (meanwhile is not null)
        {
            await meanwhile(started);
        }

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(120);
        while (!await ReadyAsync(probe))
        {
            Assert.False(started.process.HasExited, "The app exited while starting:\n" + string.Join('\n', started.output));
            Assert.True(DateTime.UtcNow < until, "Timed out waiting for the app to be ready.");
            await Task.Delay(200);
        }

        return started;
    }

    /// <summary>SIGKILL: the process dies on the spot, as in a crash or an out-of-memory kill.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd stops a service: the node drains and exits by itself.</summary>
    public void Terminate() => Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    /// <summary>The exit code once the process has ended on its own, within the time given.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static async Task<bool> ReadyAsync(HttpClient probe)
    {
        try
        {
            return (await probe.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Refused, or too slow to answer while the process starts on a busy machine: not ready yet.
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
