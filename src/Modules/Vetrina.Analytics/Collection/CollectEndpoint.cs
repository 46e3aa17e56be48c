using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Streams;
using Vetrina.Analytics.Visitors;
using Vetrina.Data.Security;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Collection;

/// <summary>
/// <c>POST /t/collect</c>: events from the tracking script (or any integration speaking GA4's Measurement Protocol
/// shape). Answers 200 once the accepted events are committed, listing each refused event with its reason; 400 with
/// problem details for a body that cannot be read at all; 429 with Retry-After when the node's queue is full. A server
/// sends <c>?api_secret=</c> of a data stream (as GA4's Measurement Protocol does) and the browser's <c>client_id</c>:
/// its events are taken whatever its user agent; without a secret, a program's or a robot's events are refused as
/// <c>automated_agent</c>, and a wrong secret is refused whole with 403.
/// </summary>
internal static class CollectEndpoint
{
    public const string Path = "/t/collect";

    public const string Limit = "Collector";

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapCollect(this IEndpointRouteBuilder app)
    {
        // sendBeacon posts text/plain (a "simple" request, no CORS preflight), so the body is read as JSON whatever its type.
        app.MapPost(Path, CollectAsync).DisableAntiforgery().WithTags("Tracking").WithSummary("Collect analytics events")
            .WithDescription("Events from the shop's pages, or from a server with a data stream's api_secret and the browser's client_id (GA4's Measurement Protocol). "
                + "Each refused event is listed with its reason; a robot's or a program's without a secret are refused as automated_agent.")
            .Accepts<CollectRequest>("application/json", "text/plain").Produces<CollectResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).AllowAnonymous().WithMetadata(new WindowLimitAttribute(Limit));
        return app;
    }

    private static async Task<IResult> CollectAsync(HttpContext http, [FromQuery(Name = "api_secret")] string? apiSecret, EventQueue queue, VisitorIdentity identity,
        StreamSecrets streams, AnalyticsMetrics metrics, IOptions<AnalyticsOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var fromStream = false;
        if (apiSecret is { Length: > 0 } secret)
        {
            if (await streams.StreamOfAsync(secret, cancellationToken) is null)
            {
                metrics.Received(1, "rejected", "unknown_api_secret");
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Unknown api_secret",
                    detail: "This api_secret belongs to no active data stream. Copy it again from Analytics → Data streams, or make a new stream there.");
            }

            fromStream = true;
        }

        if (!FromAllowedOrigin(http.Request, options.Value.AllowedOrigins))
        {
            metrics.Received(1, "rejected", "foreign_origin");
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not from this shop",
                detail: "Events are taken from the shop's own pages. A storefront on another domain must be listed in Vetrina:Analytics:AllowedOrigins.");
        }

        if (http.Request.ContentLength > EventLimits.BodyBytes)
        {
            return TooLarge();
        }

        var sizeLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = EventLimits.BodyBytes;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, new JsonDocumentOptions { MaxDepth = 8 }, cancellationToken);
        }
        catch (JsonException error)
        {
            metrics.Received(1, "rejected", "malformed");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not JSON",
                detail: $"The body must be JSON: {{\"events\": [{{\"name\": \"page_view\", \"params\": {{}}}}]}}. {error.Message}");
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        using (document)
        {
            if (fromStream && (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("client_id", out _)))
            {
                metrics.Received(1, "rejected", "missing_client_id");
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Whose events?",
                    detail: "Events sent with an api_secret name the browser they belong to: send \"client_id\" (the id the tracking script sent with that browser's events, or the clientId given at checkout).");
            }

            var userAgent = http.Request.Headers.UserAgent.ToString();
            var now = clock.GetUtcNow();
            // A stream's batch names its browser by client_id, which the parser reads; the server itself is nobody's visit.
            var visitor = fromStream ? new Visitor(Guid.Empty, VisitorKind.Client) : await identity.ResolveAsync(http, cancellationToken);
            var automated = !fromStream && UserAgents.IsBot(userAgent);
            var context = new CollectContext(now, visitor, UserAgents.Device(userAgent), Country(http, options.Value.CountryHeader), http.Request.Host.Host,
                options.Value.Zone, options.Value.SiteHosts, automated);
            ParsedBatch batch;
            try
            {
                batch = EventParser.Parse(document.RootElement, context);
            }
            catch (EventParser.MalformedBatchException error)
            {
                metrics.Received(1, "rejected", "malformed");
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable batch", detail: error.Message);
            }

            foreach (var rejection in batch.Rejected)
            {
                metrics.Received(1, rejection.Reason == EventParser.AutomatedAgent ? "bot" : "rejected", rejection.Reason);
            }

            var filtered = automated ? batch.Rejected.Count(r => r.Reason == EventParser.AutomatedAgent) : 0;

            if (batch.Accepted.Count > 0)
            {
                if (!queue.TryEnqueue(batch.Accepted, out var stored))
                {
                    metrics.Received(batch.Accepted.Count, "throttled");
                    http.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many events",
                        detail: $"The collector is catching up; send these events again in {RetryAfter.TotalSeconds:0} seconds.");
                }

                // Only what is committed is acknowledged: a node that dies after this answer has lost nothing.
                await stored.WaitAsync(cancellationToken);
                metrics.Received(batch.Accepted.Count, "accepted");
            }

            return Results.Ok(new CollectResult(batch.Accepted.Count, batch.Rejected, filtered));
        }
    }

    private static bool FromAllowedOrigin(HttpRequest request, List<string> allowed)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
            || allowed.Any(a => string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
    }

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Batch too large",
        detail: $"Send at most {EventLimits.BodyBytes / 1024} KB and {EventLimits.EventsPerRequest} events a request; split the batch.");

    private static string? Country(HttpContext http, string header)
    {
        var country = http.Request.Headers[header].ToString();
        if (country.Length == 2 && char.IsAsciiLetter(country[0]) && char.IsAsciiLetter(country[1]) && country is not "XX" and not "T1")
        {
            return country.ToUpperInvariant();
        }

        // Without a CDN's word, the browser's language region is the next best guess (ko-KR, it-IT).
        var language = http.Request.Headers.AcceptLanguage.ToString();
        var tag = language.Split(',', 2)[0].Split(';', 2)[0].Trim();
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && tag.Length - dash - 1 == 2 ? tag[(dash + 1)..].ToUpperInvariant() : null;
    }
}

/// <summary>A batch as the collector reads it (GA4's Measurement Protocol shape), for the API's description.</summary>
/// <param name="ClientId">The browser the events belong to: required with an api_secret, else the request's visitor.</param>
internal sealed record CollectRequest(
    [property: JsonPropertyName("client_id")] string? ClientId,
    [property: JsonPropertyName("user_id")] string? UserId,
    [property: JsonPropertyName("timestamp_micros")] long? TimestampMicros,
    [property: JsonPropertyName("events")] IReadOnlyList<CollectRequestEvent> Events);

/// <summary>One event: a name the collector knows (page_view, view_item, add_to_cart ...) and its GA4 parameters.</summary>
internal sealed record CollectRequestEvent(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("timestamp_micros")] long? TimestampMicros,
    [property: JsonPropertyName("params")] IReadOnlyDictionary<string, JsonElement>? Params);

/// <summary>What the collector did with a batch: how many events it stored, each one it refused with the reason, and how many of those were a robot's.</summary>
internal sealed record CollectResult(int Accepted, IReadOnlyList<Rejection> Rejected, int Filtered);
