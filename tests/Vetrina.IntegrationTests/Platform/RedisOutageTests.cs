using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StackExchange.Redis;

namespace Vetrina.IntegrationTests;

/// <summary>
/// An app that caches and counts sign-in failures in Redis, as production nodes do. Redis dies (SIGKILL) and comes
/// back: meanwhile the shop sells from the node's memory and says it is degraded, not unready.
/// </summary>
public sealed class RedisOutageTests(RedisAppFixture fixture) : IClassFixture<RedisAppFixture>
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task WithRedisGone_TheShopKeepsSelling_ReadinessSaysWhy_AndRedisIsUsedAgainOnceBack()
    {
        using var client = app.CreateClient();
        var (sku, _) = await app.SkuWithUnitsAsync(10, pick: 4, lifecycle: Vetrina.Catalog.Contracts.Lifecycle.NewIn);
        Assert.Equal("Healthy", await StatusAsync(client, "redis"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/styles")).StatusCode);
        await WrongSignInAsync();
        Assert.NotEmpty(await KeysAsync("vetrina:signin:*"));

        RedisServer.Shared.Stop();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/styles")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/it")).StatusCode);
            }

            var cart = await Shopper.CartAsync(client, "IT", sku, 1);
            var total = await Shopper.TotalAsync(client, cart, "IT-STD");
            var placed = await Shopper.PlaceAsync(client, Guid.NewGuid().ToString(),
                Shopper.Body(cart, "IT", "it", $"redis.down.{Guid.NewGuid():N}@example.com", Shopper.ItalianAddress, "IT-STD", total));
            Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
            // Sign-in failures are still counted, in the node's memory.
            await WrongSignInAsync();

            var ready = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Degraded", report.GetProperty("status").GetString());
            Assert.Contains("per node", report.GetProperty("checks").GetProperty("redis").GetProperty("description").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            RedisServer.Shared.Start();
        }

        // Back within seconds (the breaker tries again after a second here, the connection every second).
        var until = DateTime.UtcNow.AddSeconds(30);
        while (await StatusAsync(client, "redis") != "Healthy")
        {
            Assert.True(DateTime.UtcNow < until, "Redis was not used again within 30 s of its return.");
            await Task.Delay(200);
        }

        await WrongSignInAsync();
        Assert.NotEmpty(await KeysAsync("vetrina:signin:*"));
    }

    private async Task WrongSignInAsync()
    {
        var session = new StaffSession(app);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.200");
        var response = await session.SubmitAsync("/admin/sign-in", null, new() { ["Email"] = $"nobody.{Guid.NewGuid():N}@example.com", ["Password"] = "not it at all" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<string?> StatusAsync(HttpClient client, string check) =>
        (await client.GetFromJsonAsync<JsonElement>("/readyz")).GetProperty("checks").GetProperty(check).GetProperty("status").GetString();

    private static async Task<List<RedisKey>> KeysAsync(string pattern)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Shared.ConnectionString);
        return [.. redis.GetServer(RedisServer.Shared.ConnectionString).Keys(pattern: pattern)];
    }
}
