using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Transfer;

/// <summary>
/// The catalogue CSV: Shopify's product CSV columns (one row per variant, product fields on the handle's first row),
/// plus Vetrina's own columns for what Shopify has no column for (translations, composition, season, markets).
/// </summary>
internal static class CatalogCsvColumns
{
    public const string Handle = "Handle";
    public const string Title = "Title";
    public const string Body = "Body (HTML)";
    public const string Vendor = "Vendor";
    public const string ProductType = "Type";
    public const string Option1Name = "Option1 Name";
    public const string Option1Value = "Option1 Value";
    public const string Option2Name = "Option2 Name";
    public const string Option2Value = "Option2 Value";
    public const string VariantSku = "Variant SKU";
    public const string VariantPrice = "Variant Price";
    public const string VariantCompareAtPrice = "Variant Compare At Price";
    public const string VariantBarcode = "Variant Barcode";
    public const string ImageSrc = "Image Src";
    public const string ImagePosition = "Image Position";
    public const string ImageAlt = "Image Alt Text";
    public const string Status = "Status";

    public const string StyleCode = "Style Code";
    public const string TitleIt = "Title (it)";
    public const string TitleKo = "Title (ko)";
    public const string BodyIt = "Body (it)";
    public const string BodyKo = "Body (ko)";
    public const string Care = "Care";
    public const string CareIt = "Care (it)";
    public const string CareKo = "Care (ko)";
    public const string Category = "Category";
    public const string Season = "Season";
    public const string Gender = "Gender";
    public const string Origin = "Country of Origin";
    public const string Composition = "Composition";
    public const string Lifecycle = "Lifecycle";
    public const string ColourCode = "Colour Code";
    public const string ColourFamily = "Colour Family";
    public const string ColourHex = "Colour Hex";
    public const string ColourIt = "Colour (it)";
    public const string ColourKo = "Colour (ko)";
    public const string ImageAltIt = "Image Alt Text (it)";
    public const string ImageAltKo = "Image Alt Text (ko)";
    public const string ImageWidth = "Image Width";
    public const string ImageHeight = "Image Height";

    /// <summary>Vetrina's per-market price columns: <c>Price IT</c>, <c>Markdown Price IT</c>.</summary>
    public static string Price(string market) => $"Price {market}";

    public static string MarkdownPrice(string market) => $"Markdown Price {market}";

    public static readonly IReadOnlyList<string> ShopifyColumns =
    [
        Handle, Title, Body, Vendor, "Product Category", ProductType, "Tags", "Published", Option1Name, Option1Value, "Option1 Linked To",
        Option2Name, Option2Value, "Option2 Linked To", "Option3 Name", "Option3 Value", "Option3 Linked To", VariantSku, "Variant Grams",
        "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service", VariantPrice,
        VariantCompareAtPrice, "Variant Requires Shipping", "Variant Taxable", VariantBarcode, ImageSrc, ImagePosition, ImageAlt,
        "Gift Card", "SEO Title", "SEO Description", "Variant Image", "Variant Weight Unit", "Variant Tax Code", "Cost per item", Status,
    ];

    public static readonly IReadOnlyList<string> VetrinaColumns =
    [
        StyleCode, TitleIt, TitleKo, BodyIt, BodyKo, Care, CareIt, CareKo, Category, Season, Gender, Origin, Composition, Lifecycle,
        ColourCode, ColourFamily, ColourHex, ColourIt, ColourKo, ImageAltIt, ImageAltKo, ImageWidth, ImageHeight,
    ];

    /// <summary>Shopify adds per-market and metafield columns whose names carry the shop's own names; they are read past.</summary>
    public static bool IsKnown(string column, IEnumerable<string> markets) =>
        ShopifyColumns.Contains(column) || VetrinaColumns.Contains(column)
        || markets.Any(m => column == Price(m) || column == MarkdownPrice(m))
        || column.StartsWith("Price / ", StringComparison.Ordinal) || column.StartsWith("Compare At Price / ", StringComparison.Ordinal)
        || column.StartsWith("Included / ", StringComparison.Ordinal) || column.StartsWith("Google Shopping / ", StringComparison.Ordinal)
        || column.Contains("metafields", StringComparison.Ordinal) || column.StartsWith("Unit Price", StringComparison.Ordinal);

    public static readonly string[] ColourOptionNames = ["Color", "Colour", "Colore", "색상"];

    public static readonly string[] SizeOptionNames = ["Size", "Taglia", "사이즈"];
}
