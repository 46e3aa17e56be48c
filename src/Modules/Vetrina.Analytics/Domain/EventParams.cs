using System.Text.Json;

namespace Vetrina.Analytics.Domain;

/// <summary>Reads the parameters an event kept beyond its own columns (<see cref="RawEvent.Params"/>, a JSON object).</summary>
internal static class EventParams
{
    public const string CartId = "cart_id";

    /// <summary>A text parameter, or null when the event has none by that name (or not as text).</summary>
    public static string? Text(RawEvent e, string name)
    {
        if (e.Params is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(e.Params);
        return json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text : null;
    }
}
