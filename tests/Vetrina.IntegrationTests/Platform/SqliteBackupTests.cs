using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Data;
using Vetrina.Orders.Domain;

namespace Vetrina.IntegrationTests;

/// <summary>The app's <c>backup</c> command copying the SQLite shop while it takes orders.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SqliteBackupTests(SqliteAppFixture fixture) : IDisposable
{
    private readonly VetrinaApp app = fixture.App;
    private readonly string target = Path.Combine(Path.GetTempPath(), $"vetrina-backup-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task ABackupTakenWhileOrdersArePlaced_IsWholeAndHoldsEveryOrderPlacedBeforeIt()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(20, pick: 6, lifecycle: Vetrina.Catalog.Contracts.Lifecycle.NewIn);
        using var client = app.CreateClient();
        var before = await app.WithDbAsync(db => db.Set<Order>().CountAsync());
        var placing = Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                var cart = await Shopper.CartAsync(client, "IT", sku, 1);
                var total = await Shopper.TotalAsync(client, cart, "IT-STD");
                Assert.Equal(HttpStatusCode.Created, (await Shopper.PlaceAsync(client, Guid.NewGuid().ToString(),
                    Shopper.Body(cart, "IT", "it", $"backup{i}@example.com", Shopper.ItalianAddress, "IT-STD", total))).StatusCode);
            }
        });

        var (code, output) = await BackupAsync(target);
        await placing;

        Assert.True(code == 0, output);
        Assert.Contains("integrity check ok", output, StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.Set<Order>().CountAsync());
        using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
        copy.Open();
        using var count = copy.CreateCommand();
        count.CommandText = "SELECT count(*) FROM orders_orders";
        Assert.InRange(Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), before, after);
        // Never over an existing file.
        var (again, refusal) = await BackupAsync(target);
        Assert.Equal(2, again);
        Assert.Contains("exists already", refusal, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(target);
    }

    private async Task<(int Code, string Output)> BackupAsync(string file)
    {
        var bin = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "Vetrina.Web.dll"), "backup", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["ConnectionStrings__Vetrina"] = app.Services.GetRequiredService<DatabaseOptions>().ConnectionString,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
