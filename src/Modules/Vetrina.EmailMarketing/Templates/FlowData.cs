using System.Text.Json;

namespace Vetrina.EmailMarketing.Templates;

/// <summary>A flow email's JSON data as the values Liquid reads: objects become dictionaries, arrays lists.</summary>
internal static class FlowData
{
    public static IReadOnlyDictionary<string, object?> ToModel(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value))
            : new Dictionary<string, object?>();
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value) ?? ""),
        JsonValueKind.Array => element.EnumerateArray().Select(e => Convert(e) ?? "").ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
