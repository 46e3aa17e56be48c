using System.Diagnostics;

namespace Vetrina.IntegrationTests;

/// <summary>Runs the validators of tools/validate (npm ci there; .ci/run does it) and xmllint, failing loudly when absent.</summary>
public static class ExternalTools
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ValidateDirectory => Path.Combine(RepositoryRoot, "tools", "validate");

    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string arguments, string workingDirectory,
        IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    public static string RequireTool(string relativePath)
    {
        var path = Path.Combine(ValidateDirectory, relativePath);
        Assert.True(File.Exists(path), $"{path} is missing: run `npm ci` in tools/validate (.ci/run does).");
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Vetrina.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: Vetrina.slnx not found above " + AppContext.BaseDirectory);
    }
}
