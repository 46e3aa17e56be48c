using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Data;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;
using static Vetrina.IntegrationTests.Shopper;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The Stripe adapter against a local stand-in of Stripe's API: hosted Checkout (no card data here), webhooks signed as
/// Stripe signs them, replayed and out of order without double effects, capture once when the order ships.
/// </summary>
public sealed class StripeAdapterTests : IAsyncLifetime, IAsyncDisposable
{
    private const string WebhookSecret = "whsec_standin_secret";
    private readonly string database = Path.Combine(Path.GetTempPath(), $"vetrina-stripe-{Guid.NewGuid():N}.db");
    private readonly StripeStandIn stripe = new();
    private VetrinaApp app = null!;

    public Task InitializeAsync()
    {
        app = new VetrinaApp(DatabaseProvider.Sqlite, $"Data Source={database}", new Dictionary<string, string>
        {
            ["Vetrina:Payments:Provider"] = "stripe",
            ["Vetrina:Payments:Stripe:SecretKey"] = "sk_test_standin",
            ["Vetrina:Payments:Stripe:WebhookSecret"] = WebhookSecret,
            ["Vetrina:Payments:Stripe:ApiBase"] = stripe.Url,
            ["Vetrina:PublicUrl"] = "https://shop.example.com",
        });
        _ = app.Server;
        return Task.CompletedTask;
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        stripe.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AShopperPaysOnStripesPage_TheSignedWebhookConfirmsTheOrderOnce_AndShippingCapturesOnce()
    {
        var (sku, _) = await app.SkuWithUnitsAsync(3, pick: 5);
        using var client = app.CreateClient();
        var cart = await CartAsync(client, "IT", sku, 1);
        var total = await TotalAsync(client, cart, "IT-STD");
        var email = $"stripe.{Guid.NewGuid():N}@example.com";
        var body = JsonSerializer.SerializeToNode(Body(cart, "IT", "it", email, ItalianAddress, "IT-STD", total))!.AsObject();
        body.Remove("card");

        var placed = await PlaceAsync(client, Guid.NewGuid().ToString(), body);

        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Placed", order.GetProperty("status").GetString());
        var actionUrl = order.GetProperty("payment").GetProperty("actionUrl").GetString()!;
        Assert.StartsWith("https://checkout.stand-in.test/pay/cs_test_", actionUrl, StringComparison.Ordinal);
        var sessionId = actionUrl[(actionUrl.LastIndexOf('/') + 1)..];
        var created = stripe.Requests.Single(r => r.Path == "/v1/checkout/sessions").Form;
        Assert.Equal(("manual", "eur", Kernel.Money.FromMajor(total, Kernel.Currency.Eur).Minor.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (created["payment_intent_data[capture_method]"], created["line_items[0][price_data][currency]"], created["line_items[0][price_data][unit_amount]"]));
        Assert.StartsWith("https://shop.example.com/it/account/orders/", created["success_url"], StringComparison.Ordinal);

        var paid = stripe.Pay(sessionId);
        var completed = Event("evt_1", "checkout.session.completed", paid);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, completed, "whsec_wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, completed, WebhookSecret, DateTimeOffset.UtcNow.AddMinutes(-10))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, completed, WebhookSecret)).StatusCode);
        var orderId = await app.WithDbAsync(db => db.Set<Order>().Where(o => o.Email == email).Select(o => o.Id).SingleAsync());
        Assert.Equal(OrderStatus.Authorised, await StatusAsync(orderId));

        // The same event again, then an older one arriving late: nothing moves, nobody is mailed twice.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, completed, WebhookSecret)).StatusCode);
        var intent = paid["payment_intent"]!.AsObject();
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, Event("evt_0", "payment_intent.created", intent), WebhookSecret)).StatusCode);
        Assert.Equal(OrderStatus.Authorised, await StatusAsync(orderId));
        Assert.Single(await SmtpSink.Shared.WaitForAsync(email));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var fulfilment = scope.ServiceProvider.GetRequiredService<OrderFulfilment>();
            var line = await app.WithDbAsync(db => db.Set<OrderLine>().Where(l => l.OrderId == orderId).Select(l => l.Id).SingleAsync());
            var packed = await fulfilment.PackAsync(orderId, "WH-MI", new Dictionary<long, int> { [line] = 1 }, "test");
            Assert.True(packed.Succeeded, packed.Detail);
            var shipped = await fulfilment.ShipAsync(packed.ShipmentId!.Value, "BRT", "BRT000111222", "test");
            Assert.True(shipped.Succeeded, shipped.Detail);
        }

        Assert.Equal(OrderStatus.Shipped, await StatusAsync(orderId));
        Assert.Single(stripe.Requests, r => r.Path.EndsWith("/capture", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, Event("evt_2", "checkout.session.completed", paid), WebhookSecret)).StatusCode);
        Assert.Equal(OrderStatus.Shipped, await StatusAsync(orderId));
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<Vetrina.Payments.Stripe.StripeEvent>().CountAsync()));
    }

    private Task<OrderStatus> StatusAsync(long orderId) => app.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());

    private static string Event(string id, string type, JsonObject data) => new JsonObject
    {
        ["id"] = id,
        ["object"] = "event",
        ["api_version"] = "2025-01-27.acacia",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["type"] = type,
        ["livemode"] = false,
        ["data"] = new JsonObject { ["object"] = data.DeepClone() },
    }.ToJsonString();

    /// <summary>Posts an event signed as Stripe signs it: HMAC-SHA256 of "timestamp.payload" with the endpoint's secret.</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string payload, string secret, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
        return client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/stripe/webhook")
        {
            Headers = { { "Stripe-Signature", $"t={timestamp},v1={signature}" } },
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        });
    }
}
