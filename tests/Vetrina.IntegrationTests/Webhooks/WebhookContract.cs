using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Webhooks.Domain;
using Vetrina.Inventory.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>Order events reach a receiver signed, are retried after a failure, and are logged for staff.</summary>
public abstract class WebhookContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task AnOrderEvent_IsPostedSigned_RetriedAfterA500_AndShownInTheDeliveryLog()
    {
        using var receiver = new Receiver();
        var admin = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var refused = await admin.SubmitAsync("/admin/webhooks", "Add", new() { ["url"] = "http://example.com/hooks", ["events"] = WebhookEvents.OrderPlaced });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/webhooks", "Add",
            new() { ["url"] = receiver.Url, ["events"] = WebhookEvents.OrderPlaced })).StatusCode);
        var endpoint = await app.WithDbAsync(db => db.Set<WebhookEndpoint>().SingleAsync(e => e.Url == receiver.Url));
        try
        {
            var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 37);
            using var client = app.CreateClient();
            var email = $"hook.{Guid.NewGuid():N}@example.com";
            var number = (await Shopper.OrderAsync(client, email, (sku, 1))).GetProperty("number").GetString()!;

            await receiver.WaitForAsync(number, 1);
            // The receiver has the post a moment before the sender records its answer.
            var delivery = await app.WithDbAsync(db => db.Set<WebhookDelivery>().AsNoTracking().SingleAsync(d => d.EndpointId == endpoint.Id && d.Payload.Contains(number)));
            for (var wait = 0; wait < 50 && delivery.Attempts == 0; wait++)
            {
                await Task.Delay(100);
                delivery = await app.WithDbAsync(db => db.Set<WebhookDelivery>().AsNoTracking().SingleAsync(d => d.Id == delivery.Id));
            }

            Assert.Equal((1, (int?)500, (DateTimeOffset?)null), (delivery.Attempts, delivery.LastStatus, delivery.FinishedAt));
            // The retry is due in 10 s; bring it forward rather than wait.
            await app.WithDbAsync(db => db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.DueAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
            var posts = await receiver.WaitForAsync(number, 2);

            Assert.All(posts, post => Assert.Equal(WebhookEvents.OrderPlaced, post.Event));
            Assert.Single(posts.Select(p => p.EventId).Distinct());
            foreach (var post in posts)
            {
                var parts = post.Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
                var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(endpoint.Secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{post.Body}")));
                Assert.Equal(expected, parts["v1"]);
            }

            using var json = JsonDocument.Parse(posts[^1].Body);
            Assert.Equal(email, json.RootElement.GetProperty("data").GetProperty("order").GetProperty("email").GetString());
            var log = await admin.Client.GetStringAsync("/admin/webhooks");
            for (var wait = 0; wait < 50 && !log.Contains("delivered (200)", StringComparison.Ordinal); wait++)
            {
                await Task.Delay(200);
                log = await admin.Client.GetStringAsync("/admin/webhooks");
            }

            Assert.Contains("delivered (200)", log, StringComparison.Ordinal);
        }
        finally
        {
            await admin.SubmitAsync("/admin/webhooks", "Disable", new() { ["id"] = endpoint.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    [Fact]
    public async Task AnOrderOrTheWarehouse_TakingASkuDownToTheThreshold_SendsStockLow()
    {
        using var receiver = new Receiver();
        var endpoint = await app.WithDbAsync(async db =>
        {
            var added = new WebhookEndpoint(new Uri(receiver.Url), [WebhookEvents.StockLow], DateTimeOffset.UtcNow);
            db.Add(added);
            await db.SaveChangesAsync();
            return added;
        });
        try
        {
            var (sku, _) = await app.SkuWithUnitsAsync(IStockAvailability.LowStockThreshold + 1, pick: 42);
            using var client = app.CreateClient();
            await Shopper.OrderAsync(client, $"low.{Guid.NewGuid():N}@example.com", (sku, 1));

            var post = Assert.Single(await receiver.WaitForAsync(sku, 1));
            Assert.Equal(WebhookEvents.StockLow, post.Event);
            using var json = JsonDocument.Parse(post.Body);
            Assert.Equal(IStockAvailability.LowStockThreshold, json.RootElement.GetProperty("data").GetProperty("available").GetInt32());

            // The shelf, too: damaged units written off, or units moved to a store that does not sell online.
            var (damaged, damagedId) = await app.SkuWithUnitsAsync(IStockAvailability.LowStockThreshold + 2, pick: 53);
            var (moved, movedId) = await app.SkuWithUnitsAsync(IStockAvailability.LowStockThreshold + 2, pick: 54);
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var operations = scope.ServiceProvider.GetRequiredService<Inventory.Operations.StockOperations>();
                Assert.True((await operations.AdjustAsync(damagedId, "WH-MI", -1, "moth damage", "test")).Succeeded);
                Assert.True((await operations.AdjustAsync(damagedId, "WH-MI", -2, "moth damage", "test")).Succeeded);
                Assert.True((await operations.TransferAsync(movedId, "WH-MI", "ST-BRERA", 4, "test")).Succeeded);
            }

            using var written = JsonDocument.Parse(Assert.Single(await receiver.WaitForAsync(damaged, 1)).Body);
            Assert.Equal(IStockAvailability.LowStockThreshold - 1, written.RootElement.GetProperty("data").GetProperty("available").GetInt32());
            using var transferred = JsonDocument.Parse(Assert.Single(await receiver.WaitForAsync(moved, 1)).Body);
            Assert.Equal(1, transferred.RootElement.GetProperty("data").GetProperty("available").GetInt32());
        }
        finally
        {
            await app.WithDbAsync(db => db.Set<WebhookEndpoint>().Where(e => e.Id == endpoint.Id).ExecuteUpdateAsync(set => set.SetProperty(e => e.Active, false)));
        }
    }

    public sealed record Post(string Event, string EventId, string Signature, string Body);

    /// <summary>A receiver that records what it is sent and answers 500 to the first post of every event.</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly ConcurrentQueue<Post> posts = new();
        private readonly ConcurrentDictionary<string, bool> seen = new();
        private readonly LoopbackHttpServer server;

        public Receiver() => server = new LoopbackHttpServer(Handle);

        public string Url => server.Url + "/hooks/";

        public async Task<IReadOnlyList<Post>> WaitForAsync(string text, int count)
        {
            var until = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < until)
            {
                var found = posts.Where(p => p.Body.Contains(text, StringComparison.Ordinal)).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"Fewer than {count} posts about {text} arrived.");
        }

        public void Dispose() => server.Dispose();

        private (int, string) Handle(HttpListenerRequest request, string body)
        {
            var post = new Post(request.Headers["Vetrina-Event"] ?? "", request.Headers["Vetrina-Event-Id"] ?? "", request.Headers["Vetrina-Signature"] ?? "", body);
            posts.Enqueue(post);
            return (seen.TryAdd(post.EventId, true) ? 500 : 200, "{}");
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteWebhookTests(SqliteAppFixture fixture) : WebhookContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlWebhookTests(PostgresAppFixture fixture) : WebhookContract(fixture);
