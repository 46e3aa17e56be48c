using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Vetrina.IntegrationTests;

/// <summary>What a production node does with an empty database when nobody asked for the demo brand.</summary>
public sealed class ProductionDefaultsTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"vetrina-production-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task AnEmptyProductionDatabase_GetsNoDemoBrand_ButItsFirstAdmin()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("ConnectionStrings:Vetrina", $"Data Source={path}");
            host.UseSetting("Vetrina:Admin:Email", VetrinaApp.AdminEmail);
            host.UseSetting("Vetrina:Admin:Password", VetrinaApp.AdminPassword);
        });
        using var client = app.CreateClient();

        var styles = await client.GetFromJsonAsync<JsonElement>("/api/v1/styles");
        Assert.Equal(0, styles.GetProperty("items").GetArrayLength());
        var signIn = await client.GetAsync("/admin/sign-in");
        Assert.True(signIn.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("20000")]
    [InlineData("an hour")]
    public void ANode_RefusesToStart_WithAnAbandonedBagDelayOutOfRange(string minutes)
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("ConnectionStrings:Vetrina", $"Data Source={path}");
            host.UseSetting("Vetrina:Cart:AbandonedAfterMinutes", minutes);
        });

        var refused = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("AbandonedAfterMinutes", refused.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
