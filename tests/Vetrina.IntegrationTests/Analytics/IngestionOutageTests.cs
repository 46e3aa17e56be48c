using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Analytics.Collection;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The collector while its PostgreSQL restarts: what it has taken waits in its bounded queue and is written once the
/// database is back (each of those requests then hears 200); past the queue's bound it answers 429 with Retry-After, and
/// stores none of what it refused. Nothing answered 200 is missing, nothing is stored half.
/// </summary>
public sealed class IngestionOutageTests : IAsyncLifetime
{
    private const int Batches = 24;
    private const int EventsPerBatch = 5;
    private PostgresServer server = null!;

    public async Task InitializeAsync() => server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task ADatabaseRestart_HoldsWhatFitsUntilItIsBack_TurnsAwayTheRestWith429_AndLosesNothingAcknowledged()
    {
        await using var app = new VetrinaApp(DatabaseProvider.PostgreSql, server.ConnectionString, new Dictionary<string, string>
        {
            // Eight batches of five fit; the rest of a burst is turned away.
            ["Vetrina:Analytics:QueueCapacity"] = "40",
        });
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "before")).StatusCode);

        await server.StopAsync();
        var posts = Enumerable.Range(0, Batches).Select(i => (Marker: $"outage{i}", Response: PostAsync(client, $"outage{i}"))).ToList();
        // Those past the bound are answered at once; those within it wait for the database.
        var queue = app.Services.GetRequiredService<EventQueue>();
        await WaitUntilAsync(() => posts.Count(p => p.Response.IsCompleted) >= Batches - 8 && queue.Held == 8 * EventsPerBatch);
        var refused = posts.Where(p => p.Response.IsCompleted).ToList();
        Assert.Equal(Batches - 8, refused.Count);
        foreach (var (_, response) in refused)
        {
            var answer = await response;
            Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), answer.Headers.RetryAfter!.Delta);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        }

        await server.StartAgainAsync();
        var held = posts.Where(p => !refused.Contains(p)).ToList();
        foreach (var (_, response) in held)
        {
            Assert.Equal(HttpStatusCode.OK, (await response.WaitAsync(TimeSpan.FromSeconds(60))).StatusCode);
        }

        var stored = await app.WithDbAsync(db => db.Set<RawEvent>().Where(e => e.Page!.StartsWith("/outage/")).GroupBy(e => e.Page!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.All(held, p => Assert.Equal(EventsPerBatch, stored.GetValueOrDefault($"/outage/{p.Marker}")));
        Assert.All(refused, p => Assert.False(stored.ContainsKey($"/outage/{p.Marker}")));
        Assert.Equal(EventsPerBatch, await app.WithDbAsync(db => db.Set<RawEvent>().CountAsync(e => e.Page == "/outage/before")));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string marker) =>
        client.PostAsync(CollectEndpoint.Path, new StringContent(JsonSerializer.Serialize(new
        {
            events = Enumerable.Range(0, EventsPerBatch).Select(i => new { name = "page_view", @params = new { page_location = $"https://shop.example/outage/{marker}", engagement_time_msec = i } }),
        }), Encoding.UTF8, "text/plain"));

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        for (var waited = 0; !done(); waited += 50)
        {
            Assert.True(waited < 30_000, "waited 30 s");
            await Task.Delay(50);
        }
    }
}
