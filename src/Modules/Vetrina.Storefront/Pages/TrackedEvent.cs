using System.Text.Json;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Pages;

/// <summary>
/// An analytics event a page declares for the tracking script to send (GA4 names and parameters). Catalogue pages are
/// cached for everyone, so nothing they declare may be about the visitor: only what the page shows. The bag and checkout
/// pages are never cached and name the bag (<c>cart_id</c>).
/// </summary>
internal sealed record TrackedEvent(string Name, object Params)
{
    /// <summary>A list's first items are enough to tell which products were seen in it (GA4 caps items at 200).</summary>
    public const int ListedItems = 24;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>For a script element: the default encoder escapes &lt; and &amp;, so no product name can close the element.</summary>
    public string ToJson() => JsonSerializer.Serialize(new { name = Name, @params = Params }, Json);

    /// <summary>A style as a GA4 item: the style code is the item, the size (when chosen) the variant.</summary>
    public static object Item(StyleView style, PriceView price, string language) => new
    {
        item_id = style.Code,
        item_name = style.Name.Get(language),
        price = new Money(price.Selling, price.Currency).Major,
        quantity = 1,
    };

    public static string ParamsJson(object parameters) => JsonSerializer.Serialize(parameters, Json);
}
