using System.Text.Json;
using System.Text.RegularExpressions;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Visitors;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Collection;

/// <summary>What the collector knows of a request besides its body.</summary>
/// <param name="Host">The collector's host, as the request named it.</param>
/// <param name="SiteHosts">The shop's other sites (a storefront on its own domain): their pages are the shop's own, like the collector's host.</param>
/// <param name="Automated">
/// The sender looks like a robot or a program (its user agent) and did not present a data stream's secret: every event is
/// refused as <c>automated_agent</c>, and the answer lists them so that a server integration learns what to send.
/// </param>
internal sealed record CollectContext(DateTimeOffset Now, Visitor Visitor, DeviceCategory Device, string? Country, string Host, TimeZoneInfo Zone,
    IReadOnlySet<string> SiteHosts, bool Automated = false);

/// <summary>An event the collector turned away, and why, by its place in the batch.</summary>
internal sealed record Rejection(int Index, string? Name, string Reason);

/// <summary>A batch read: the events to store and the ones refused.</summary>
internal sealed record ParsedBatch(IReadOnlyList<RawEvent> Accepted, IReadOnlyList<Rejection> Rejected);

/// <summary>
/// Reads a Measurement-Protocol-shaped body (<c>client_id</c>, <c>user_id</c>, <c>timestamp_micros</c>,
/// <c>events: [{name, params}]</c>) into raw events. Each event stands alone: a bad one is refused with its reason and
/// the rest of the batch is kept.
/// </summary>
internal static partial class EventParser
{
    private static readonly string[] ClickIds = ["gclid", "fbclid", "msclkid", "ttclid"];

    private static readonly string[] CampaignIds = ["utm_id", "gad_campaignid", "campaignid"];

    /// <summary>Why an event of a robot, or of a program without a data stream's secret, was not taken.</summary>
    public const string AutomatedAgent = "automated_agent";

    /// <summary>The body as a whole is unreadable (not JSON, not an object, no events): nothing of it can be kept.</summary>
    public sealed class MalformedBatchException(string message) : Exception(message);

    public static ParsedBatch Parse(JsonElement body, CollectContext context)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedBatchException("The body must be a JSON object with an \"events\" array.");
        }

        if (!body.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            throw new MalformedBatchException("\"events\" must be an array of {name, params}.");
        }

        if (events.GetArrayLength() is 0 or > EventLimits.EventsPerRequest)
        {
            throw new MalformedBatchException($"Send 1 to {EventLimits.EventsPerRequest} events a request.");
        }

        var visitor = context.Visitor;
        if (body.TryGetProperty("client_id", out var clientId))
        {
            if (clientId.ValueKind != JsonValueKind.String || clientId.GetString() is not { Length: > 0 and <= EventLimits.Text } id)
            {
                throw new MalformedBatchException("\"client_id\" must be a string of 1 to 100 characters.");
            }

            visitor = Visitor.FromClientId(id);
        }

        string? userId = null;
        if (body.TryGetProperty("user_id", out var user))
        {
            if (user.ValueKind != JsonValueKind.String || user.GetString() is not { Length: > 0 and <= 64 } given)
            {
                throw new MalformedBatchException("\"user_id\" must be a string of 1 to 64 characters.");
            }

            userId = given;
        }

        DateTimeOffset? batchTime = null;
        if (body.TryGetProperty("timestamp_micros", out var batchMicros))
        {
            batchTime = Timestamp(batchMicros) ?? throw new MalformedBatchException("\"timestamp_micros\" must be microseconds since 1970 as an integer.");
        }

        var accepted = new List<RawEvent>(events.GetArrayLength());
        var rejected = new List<Rejection>();
        var index = 0;
        foreach (var item in events.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            var reason = Read(item, name, batchTime, visitor, userId, context, out var raw);
            if (reason is null)
            {
                accepted.Add(raw!);
            }
            else
            {
                rejected.Add(new Rejection(index, name, reason));
            }

            index++;
        }

        return new ParsedBatch(accepted, rejected);
    }

    private static string? Read(JsonElement item, string? name, DateTimeOffset? batchTime, Visitor visitor, string? userId, CollectContext context, out RawEvent? raw)
    {
        raw = null;
        if (name is null)
        {
            return "missing_name";
        }

        if (context.Automated)
        {
            return AutomatedAgent;
        }

        if (EventNames.ServerOnly.Contains(name))
        {
            return "server_side_only";
        }

        if (!EventNames.Collected.Contains(name))
        {
            return "unknown_event";
        }

        var at = context.Now;
        if (item.TryGetProperty("timestamp_micros", out var micros))
        {
            if (Timestamp(micros) is not { } given)
            {
                return "wrong_type:timestamp_micros";
            }

            at = given;
        }
        else if (batchTime is { } batch)
        {
            at = batch;
        }

        if (at > context.Now + EventLimits.ClockSkew)
        {
            return "future_timestamp";
        }

        if (at < context.Now - EventLimits.OldestEvent)
        {
            return "too_old";
        }

        var e = new RawEvent
        {
            Name = name,
            OccurredAt = at,
            Day = ReportingDays.Of(at, context.Zone),
            ReceivedAt = context.Now,
            VisitorId = visitor.Id,
            VisitorKind = visitor.Kind,
            UserId = userId,
            Device = context.Device,
            Country = context.Country,
        };
        if (item.TryGetProperty("params", out var parameters))
        {
            if (parameters.ValueKind != JsonValueKind.Object)
            {
                return "wrong_type:params";
            }

            var reason = ReadParams(parameters, e, context);
            if (reason is not null)
            {
                return reason;
            }
        }

        raw = e;
        return null;
    }

    private static string? ReadParams(JsonElement parameters, RawEvent e, CollectContext context)
    {
        Uri? page = null;
        string? referrer = null;
        var others = new Dictionary<string, object>(StringComparer.Ordinal);
        var count = 0;
        decimal? value = null;
        JsonElement? items = null;
        foreach (var p in parameters.EnumerateObject())
        {
            if (++count > EventLimits.ParamsPerEvent)
            {
                return "too_many_params";
            }

            if (!ParamName().IsMatch(p.Name))
            {
                return "invalid_param_name";
            }

            var v = p.Value;
            switch (p.Name)
            {
                case "page_location":
                    if (Text(v, EventLimits.Url, p.Name, out var location) is { } badLocation)
                    {
                        return badLocation;
                    }

                    if (!ReadLocation(location, e, out page))
                    {
                        return "invalid_url:page_location";
                    }

                    break;
                case "page_referrer":
                    if (Text(v, EventLimits.Url, p.Name, out var given) is { } badReferrer)
                    {
                        return badReferrer;
                    }

                    referrer = given;
                    break;
                case "currency":
                    if (v.ValueKind != JsonValueKind.String)
                    {
                        return "wrong_type:currency";
                    }

                    if (!Currency.TryFromCode(v.GetString(), out var currency))
                    {
                        return "unknown_currency";
                    }

                    e.Currency = currency.Code;
                    break;
                case "value":
                    if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var amount) || amount < 0)
                    {
                        return "wrong_type:value";
                    }

                    value = amount;
                    break;
                case "engagement_time_msec":
                    if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var ms) || ms < 0)
                    {
                        return "wrong_type:engagement_time_msec";
                    }

                    e.EngagementMs = ms;
                    break;
                case "language":
                    if (Text(v, EventLimits.Text, p.Name, out var language) is { } badLanguage)
                    {
                        return badLanguage;
                    }

                    e.Language = language.Length >= 2 ? language[..2].ToLowerInvariant() : null;
                    break;
                case "market":
                    if (Text(v, 8, p.Name, out var market) is { } badMarket)
                    {
                        return badMarket;
                    }

                    e.Market = market.ToUpperInvariant();
                    break;
                case "items":
                    if (v.ValueKind != JsonValueKind.Array)
                    {
                        return "wrong_type:items";
                    }

                    if (v.GetArrayLength() > EventLimits.ItemsPerEvent)
                    {
                        return "too_many_items";
                    }

                    items = v;
                    break;
                default:
                    switch (v.ValueKind)
                    {
                        case JsonValueKind.String when v.GetString()!.Length > EventLimits.Text:
                            return "too_long:" + p.Name;
                        case JsonValueKind.String:
                            others[p.Name] = v.GetString()!;
                            break;
                        case JsonValueKind.Number:
                            others[p.Name] = v.GetDecimal();
                            break;
                        case JsonValueKind.True or JsonValueKind.False:
                            others[p.Name] = v.GetBoolean();
                            break;
                        default:
                            return "wrong_type:" + p.Name;
                    }

                    break;
            }
        }

        // After every parameter: the page's own host, wherever it stood in the event, decides what is internal.
        e.Referrer = referrer is null ? null : ExternalReferrer(referrer, context, page);

        // A value, or an item's price, means nothing without its currency (GA4 asks for it too).
        Currency? unit = e.Currency is null ? null : Currency.FromCode(e.Currency);
        if (value is { } amountGiven)
        {
            if (unit is null)
            {
                return "missing_currency";
            }

            e.ValueMinor = (long)Math.Round(amountGiven * unit.MinorPerMajor, MidpointRounding.AwayFromZero);
        }

        if (items is { } list)
        {
            var (json, reason) = EventItem.Read(list, unit);
            if (reason is not null)
            {
                return reason;
            }

            e.Items = json;
        }

        e.Params = others.Count == 0 ? null : JsonSerializer.Serialize(others);
        return null;
    }

    private static string? Text(JsonElement value, int limit, string name, out string text)
    {
        text = "";
        if (value.ValueKind != JsonValueKind.String)
        {
            return "wrong_type:" + name;
        }

        text = value.GetString()!;
        return text.Length > limit ? "too_long:" + name : null;
    }

    /// <summary>The page's path and query, and the campaign its address carries (UTM tags, an ad network's click id).</summary>
    private static bool ReadLocation(string location, RawEvent e, out Uri? page)
    {
        page = null;
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        page = uri;
        e.Page = uri.PathAndQuery;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query);
        e.Source = Tag(query, "utm_source");
        e.Medium = Tag(query, "utm_medium");
        e.Campaign = Tag(query, "utm_campaign");
        e.Content = Tag(query, "utm_content");
        e.Term = Tag(query, "utm_term");
        e.ClickId = ClickIds.FirstOrDefault(query.ContainsKey);
        e.ClickKey = e.ClickId is { } network && query[network].ToString() is { Length: > 0 and <= EventLimits.Text } key ? key : null;
        e.CampaignId = CampaignIds.Select(k => Tag(query, k)).FirstOrDefault(id => id is not null);
        return true;
    }

    private static string? Tag(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query, string key) =>
        query.TryGetValue(key, out var values) && values.ToString() is { Length: > 0 } tag
            ? (tag.Length > EventLimits.Text ? tag[..EventLimits.Text] : tag).ToLowerInvariant()
            : null;

    /// <summary>
    /// Where the visitor came from, host and path only (a query can carry someone's details); none for the shop's own
    /// pages: the page's own host, the collector's, and the shop's other sites (a storefront on its own domain sends its
    /// events to the collector on another).
    /// </summary>
    private static string? ExternalReferrer(string referrer, CollectContext context, Uri? page)
    {
        if (!Uri.TryCreate(referrer, UriKind.Absolute, out var uri) || string.Equals(uri.Host, context.Host, StringComparison.OrdinalIgnoreCase)
            || string.Equals(uri.Host, page?.Host, StringComparison.OrdinalIgnoreCase) || context.SiteHosts.Contains(uri.Host))
        {
            return null;
        }

        var text = uri.Host.ToLowerInvariant() + uri.AbsolutePath;
        return text.Length > EventLimits.Url ? text[..EventLimits.Url] : text;
    }

    private static DateTimeOffset? Timestamp(JsonElement micros) =>
        micros.ValueKind == JsonValueKind.Number && micros.TryGetInt64(out var value) && value > 0 && value < 253_402_300_799_000_000
            ? DateTimeOffset.UnixEpoch.AddTicks(value * 10)
            : null;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex ParamName();
}
