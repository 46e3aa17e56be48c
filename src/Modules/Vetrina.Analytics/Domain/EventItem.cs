using System.Text.Json;
using System.Text.Json.Serialization;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Domain;

/// <summary>
/// One GA4 item of an event, as stored: the style (item_id), the size or colour-size (item_variant), the name and
/// category, the unit price in minor units and the quantity.
/// </summary>
internal sealed record EventItem(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("v")] string? Variant,
    [property: JsonPropertyName("n")] string? Name,
    [property: JsonPropertyName("c")] string? Category,
    [property: JsonPropertyName("p")] long? PriceMinor,
    [property: JsonPropertyName("q")] int Quantity)
{
    private static readonly JsonSerializerOptions Compact = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Write(IEnumerable<EventItem> items) => JsonSerializer.Serialize(items, Compact);

    public static IReadOnlyList<EventItem> ReadStored(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<EventItem>>(json, Compact) ?? [];

    /// <summary>GA4 <c>items</c> into stored items, or the reason they are refused.</summary>
    public static (string? Json, string? Reason) Read(JsonElement items, Currency? currency)
    {
        var read = new List<EventItem>(items.GetArrayLength());
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return (null, "wrong_type:items");
            }

            string? id = null, variant = null, name = null, category = null;
            long? price = null;
            var quantity = 1;
            foreach (var p in item.EnumerateObject())
            {
                var v = p.Value;
                switch (p.Name)
                {
                    case "price":
                        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var major) || major < 0)
                        {
                            return (null, "wrong_type:items.price");
                        }

                        if (currency is null)
                        {
                            return (null, "missing_currency");
                        }

                        price = (long)Math.Round(major * currency.MinorPerMajor, MidpointRounding.AwayFromZero);
                        break;
                    case "quantity":
                        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out quantity) || quantity < 1)
                        {
                            return (null, "wrong_type:items.quantity");
                        }

                        break;
                    case "item_id" or "item_variant" or "item_name" or "item_category":
                        if (v.ValueKind != JsonValueKind.String)
                        {
                            return (null, "wrong_type:items." + p.Name);
                        }

                        var text = v.GetString()!;
                        if (text.Length > EventLimits.Text)
                        {
                            return (null, "too_long:items." + p.Name);
                        }

                        if (p.Name == "item_id")
                        {
                            id = text;
                        }
                        else if (p.Name == "item_variant")
                        {
                            variant = text;
                        }
                        else if (p.Name == "item_name")
                        {
                            name = text;
                        }
                        else
                        {
                            category = text;
                        }

                        break;
                    default:
                        // Other GA4 item fields (brand, list, coupon...) are taken and not kept.
                        break;
                }
            }

            if (id is null && name is null)
            {
                return (null, "missing:items.item_id");
            }

            read.Add(new EventItem(id, variant, name, category, price, quantity));
        }

        return (Write(read), null);
    }
}
