using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vetrina.Storefront.Pages;

/// <summary>JSON-LD output: schema.org names as written, and nothing that could close the script element.</summary>
public static class StructuredDataJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
