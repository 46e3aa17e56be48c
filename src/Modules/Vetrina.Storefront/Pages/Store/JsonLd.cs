using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>schema.org structured data: Organization, BreadcrumbList, and ProductGroup with a Product and Offer per variant.</summary>
internal static class JsonLd
{
    public static Dictionary<string, object?> Organization(StorePageModel page) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Organization",
        ["name"] = "Vetrina",
        ["url"] = page.Abs($"/{page.Language}"),
        ["logo"] = page.Abs("/media/logo.svg"),
    };

    public static Dictionary<string, object?> Breadcrumbs(StorePageModel page, IEnumerable<(string Name, string Path)> items) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = items.Select((item, index) => new Dictionary<string, object?>
        {
            ["@type"] = "ListItem",
            ["position"] = index + 1,
            ["name"] = item.Name,
            ["item"] = page.Abs(item.Path),
        }).ToList(),
    };

    public static Dictionary<string, object?> ProductGroup(StorePageModel page, StyleView style, IReadOnlyDictionary<int, SkuStock> available)
    {
        var language = page.Language;
        var price = style.PriceIn(page.Market.Code);
        var url = page.Abs($"/{language}/products/{style.Handle.Get(language)}");
        return new()
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ProductGroup",
            ["name"] = style.Name.Get(language),
            ["description"] = style.Description.Get(language),
            ["url"] = url,
            ["productGroupID"] = style.Code,
            ["brand"] = new Dictionary<string, object?> { ["@type"] = "Brand", ["name"] = "Vetrina" },
            ["material"] = Composition(style, language),
            ["countryOfOrigin"] = style.CountryOfOrigin,
            ["variesBy"] = new[] { "https://schema.org/color", "https://schema.org/size" },
            ["hasVariant"] = style.Colourways.SelectMany(c => c.Skus.Select(k => new Dictionary<string, object?>
            {
                ["@type"] = "Product",
                ["sku"] = k.Code,
                ["gtin13"] = k.Gtin,
                ["name"] = $"{style.Name.Get(language)} – {c.Name.Get(language)} – {k.Size}",
                ["color"] = c.Name.Get(language),
                ["size"] = k.Size,
                ["image"] = c.Images.Select(i => page.Abs(i.Url)).ToArray(),
                ["offers"] = price is null ? null : new Dictionary<string, object?>
                {
                    ["@type"] = "Offer",
                    ["url"] = $"{url}?colour={c.Code}",
                    ["priceCurrency"] = price.Currency.Code,
                    ["price"] = price.SellingPrice.Major,
                    ["availability"] = Availability(style, available.GetValueOrDefault(k.Id, SkuStock.None)),
                    ["itemCondition"] = "https://schema.org/NewCondition",
                },
            })).ToList(),
        };
    }

    private static string Availability(StyleView style, SkuStock stock) =>
        !style.IsPurchasable || style.IsPreorder ? "https://schema.org/PreOrder"
        : stock.InStock > 0 ? "https://schema.org/InStock"
        : stock.Sellable > 0 ? "https://schema.org/BackOrder"
        : "https://schema.org/OutOfStock";

    private static string Composition(StyleView style, string language) =>
        string.Join(", ", style.Composition.Select(f => $"{f.Percent}% {Localization.CatalogTerms.Fibre(f.Fibre, language)}"));

    public static string PriceBandLabel(StorePageModel page, string key)
    {
        var parts = key.Split('-');
        var currency = page.Market.Currency;
        string Amount(string s) => Money.FromMajor(decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture), currency).Format();
        return (parts[0], parts[1]) switch
        {
            ("", var max) => string.Format(System.Globalization.CultureInfo.InvariantCulture, page.Text.Under, Amount(max)),
            (var min, "") => string.Format(System.Globalization.CultureInfo.InvariantCulture, page.Text.Over, Amount(min)),
            (var min, var max) => $"{Amount(min)} – {Amount(max)}",
        };
    }

    public static string FacetLabel(StorePageModel page, string facet, string value) => facet switch
    {
        FacetNames.Colour => Localization.CatalogTerms.Colour(value, page.Language),
        FacetNames.Material => Localization.CatalogTerms.Fibre(value, page.Language),
        FacetNames.Season => page.Snapshot.Seasons.FirstOrDefault(s => s.Code == value)?.Name.Get(page.Language) ?? value,
        FacetNames.Price => PriceBandLabel(page, value),
        _ => value,
    };
}
