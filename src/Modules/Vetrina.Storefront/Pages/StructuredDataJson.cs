using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Vetrina.Storefront.Pages;

/// <summary>JSON-LD output: schema.org names as written, and nothing that could close the script element.</summary>
internal static class StructuredDataJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        // Escapes <, > and & (so nothing can close the script element) but leaves Italian and Korean readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Script(object data) =>
        $"<script type=\"application/ld+json\">{JsonSerializer.Serialize(data, Options)}</script>";
}
