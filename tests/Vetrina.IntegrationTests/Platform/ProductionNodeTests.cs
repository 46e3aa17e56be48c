using System.Text.Json;

namespace Vetrina.IntegrationTests;

/// <summary>A production node as an operator starts it: from a folder of its own, settings in the environment only.</summary>
public sealed class ProductionNodeTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("vetrina-node-").FullName;

    [Fact]
    public async Task StartedFromAnotherFolder_TheNodeReadsItsOwnSettings_AndLogsJsonLinesWithTheirTime()
    {
        using var node = await AppProcess.StartAsync(AppProcess.FreePort(), directory, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Vetrina"] = $"Data Source={Path.Combine(directory, "node.db")}",
            ["Vetrina__Admin__Email"] = VetrinaApp.AdminEmail,
            ["Vetrina__Admin__Password"] = VetrinaApp.AdminPassword,
        });
        await node.KillAsync();

        // JSON lines are appsettings.Production.json's doing, found in the app's folder, not the working directory.
        var lines = node.Output.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(DateTimeOffset.TryParse(l.GetProperty("Timestamp").GetString(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var at) && at.Offset == TimeSpan.Zero, l.ToString()));
        Assert.Contains(lines, l => l.GetProperty("Category").GetString() == "Vetrina.Database");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
