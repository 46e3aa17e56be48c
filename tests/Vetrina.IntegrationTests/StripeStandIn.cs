using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using System.Web;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A local stand-in for the Stripe endpoints the adapter calls (Checkout Sessions, PaymentIntents with manual capture,
/// refunds), answering with objects shaped as Stripe's and honouring Idempotency-Key, since Stripe cannot be reached
/// from here. <see cref="Pay"/> is what the shopper does on the hosted page.
/// </summary>
public sealed class StripeStandIn : IDisposable
{
    private readonly ConcurrentDictionary<string, JsonObject> sessions = new();
    private readonly ConcurrentDictionary<string, JsonObject> intents = new();
    private readonly ConcurrentDictionary<string, string> answered = new();
    private readonly LoopbackHttpServer server;
    private int next;

    public StripeStandIn() => server = new LoopbackHttpServer(Handle);

    public string Url => server.Url;

    public ConcurrentBag<(string Path, Dictionary<string, string> Form)> Requests { get; } = [];

    public JsonObject Session(string id) => sessions[id];

    /// <summary>The shopper pays on the hosted page: the session completes with an authorised PaymentIntent.</summary>
    public JsonObject Pay(string sessionId)
    {
        var session = sessions[sessionId];
        var intentId = $"pi_test_{Interlocked.Increment(ref next)}";
        intents[intentId] = new JsonObject
        {
            ["id"] = intentId,
            ["object"] = "payment_intent",
            ["status"] = "requires_capture",
            ["amount"] = session["amount_total"]!.GetValue<long>(),
            ["amount_received"] = 0,
            ["currency"] = session["currency"]!.GetValue<string>(),
            ["metadata"] = session["metadata"]!.DeepClone(),
            ["latest_charge"] = null,
        };
        session["status"] = "complete";
        session["payment_status"] = "unpaid";
        session["payment_intent"] = intentId;
        return Expanded(session);
    }

    public void Dispose() => server.Dispose();

    private JsonObject Expanded(JsonObject session)
    {
        var copy = session.DeepClone().AsObject();
        if (session["payment_intent"]?.GetValue<string>() is { } intent)
        {
            copy["payment_intent"] = intents[intent].DeepClone();
        }

        return copy;
    }

    private (int, string) Handle(HttpListenerRequest request, string body)
    {
        var form = HttpUtility.ParseQueryString(body);
        var fields = form.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => form[k]!);
        var path = request.Url!.AbsolutePath;
        Requests.Add((path, fields));
        var key = request.Headers["Idempotency-Key"];
        var answer = key is not null && answered.TryGetValue($"{path}:{key}", out var earlier) ? earlier : Answer(request.HttpMethod, path, fields);
        if (key is not null)
        {
            answered.TryAdd($"{path}:{key}", answer);
        }

        return (200, answer);
    }

    private string Answer(string method, string path, Dictionary<string, string> form)
    {
        var parts = path.Trim('/').Split('/');
        switch (method, parts)
        {
            case ("POST", ["v1", "checkout", "sessions"]):
                var id = $"cs_test_{Interlocked.Increment(ref next)}";
                var session = new JsonObject
                {
                    ["id"] = id,
                    ["object"] = "checkout.session",
                    ["status"] = "open",
                    ["url"] = $"https://checkout.stand-in.test/pay/{id}",
                    ["success_url"] = form["success_url"],
                    ["amount_total"] = long.Parse(form["line_items[0][price_data][unit_amount]"], System.Globalization.CultureInfo.InvariantCulture),
                    ["currency"] = form["line_items[0][price_data][currency]"],
                    ["metadata"] = new JsonObject { ["vetrina_payment"] = form["metadata[vetrina_payment]"] },
                    ["payment_intent"] = null,
                };
                sessions[id] = session;
                return session.ToJsonString();
            case ("GET", ["v1", "checkout", "sessions", var sessionId]):
                return Expanded(sessions[sessionId]).ToJsonString();
            case ("POST", ["v1", "checkout", "sessions", var sessionId, "expire"]):
                sessions[sessionId]["status"] = "expired";
                return sessions[sessionId].ToJsonString();
            case ("GET", ["v1", "payment_intents", var intentId]):
                return intents[intentId].ToJsonString();
            case ("POST", ["v1", "payment_intents", var intentId, "capture"]):
                intents[intentId]["status"] = "succeeded";
                intents[intentId]["amount_received"] = long.Parse(form["amount_to_capture"], System.Globalization.CultureInfo.InvariantCulture);
                return intents[intentId].ToJsonString();
            case ("POST", ["v1", "payment_intents", var intentId, "cancel"]):
                intents[intentId]["status"] = "canceled";
                return intents[intentId].ToJsonString();
            case ("POST", ["v1", "refunds"]):
                var refunded = intents[form["payment_intent"]];
                var already = refunded["latest_charge"]?["amount_refunded"]?.GetValue<long>() ?? 0;
                refunded["latest_charge"] = new JsonObject
                {
                    ["id"] = "ch_test", ["object"] = "charge",
                    ["amount_refunded"] = already + long.Parse(form["amount"], System.Globalization.CultureInfo.InvariantCulture),
                };
                return new JsonObject { ["id"] = $"re_test_{Interlocked.Increment(ref next)}", ["object"] = "refund", ["status"] = "succeeded" }.ToJsonString();
            default:
                return new JsonObject { ["error"] = new JsonObject { ["type"] = "invalid_request_error", ["message"] = $"{method} {path} is not in the stand-in" } }.ToJsonString();
        }
    }
}
