using Vetrina.Catalog.Browsing;
using Vetrina.Catalog.ReadModel;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Features.Api;

internal sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount);

internal sealed record PriceDto(string Currency, decimal Amount, string Formatted, decimal? CompareAt, decimal? LowestPriorPrice);

internal sealed record StyleSummaryDto(string Code, string Handle, string Name, string Lifecycle, string Season, string Gender, PriceDto? Price, string? Image, string Url);

internal sealed record FibreDto(string Fibre, int Percent);

internal sealed record VariantDto(string Sku, string Gtin, string Colour, string ColourName, string Size);

internal sealed record ColourwayDto(string Code, string Name, string Family, string Hex, IReadOnlyList<ImageDto> Images);

internal sealed record ImageDto(string Url, string Alt, int Width, int Height);

internal sealed record StyleDto(
    string Code,
    string Handle,
    string Name,
    string Description,
    string Care,
    string Lifecycle,
    string Season,
    string Gender,
    string CountryOfOrigin,
    IReadOnlyList<string> Categories,
    IReadOnlyList<FibreDto> Composition,
    PriceDto? Price,
    IReadOnlyList<ColourwayDto> Colourways,
    IReadOnlyList<VariantDto> Variants,
    string Url);

internal sealed record CollectionDto(string Handle, string Title, string Description, string Url);

internal sealed record FacetDto(string Name, IReadOnlyList<FacetValueDto> Values);

internal sealed record FacetValueDto(string Value, int Count, bool Selected);

internal sealed record SearchResultDto(string Query, IReadOnlyList<StyleSummaryDto> Items, int Page, int PageSize, int Total, int PageCount, IReadOnlyList<FacetDto> Facets);

internal static class CatalogApiMapping
{
    public static PriceDto? Price(StyleView style, string market)
    {
        var price = style.PriceIn(market);
        return price is null
            ? null
            : new PriceDto(price.Currency.Code, price.SellingPrice.Major, price.SellingPrice.Format(),
                price.IsMarkedDown ? price.FullPrice.Major : null, price.LowestPriorPrice?.Major);
    }

    public static StyleSummaryDto Summary(StyleView style, string language, string market) => new(
        style.Code,
        style.Handle.Get(language),
        style.Name.Get(language),
        style.Lifecycle.ToString(),
        style.SeasonCode,
        style.Gender.ToString(),
        Price(style, market),
        style.Colourways.SelectMany(c => c.Images).Select(i => i.Url).FirstOrDefault(),
        $"/{language}/products/{style.Handle.Get(language)}");

    public static StyleDto Detail(CatalogSnapshot snapshot, StyleView style, string language, string market) => new(
        style.Code,
        style.Handle.Get(language),
        style.Name.Get(language),
        style.Description.Get(language),
        style.Care.Get(language),
        style.Lifecycle.ToString(),
        style.SeasonCode,
        style.Gender.ToString(),
        style.CountryOfOrigin,
        [.. snapshot.CategoryPath(style.CategoryId).Select(c => c.Name.Get(language))],
        [.. style.Composition.Select(f => new FibreDto(f.Fibre.ToString().ToLowerInvariant(), f.Percent))],
        Price(style, market),
        [.. style.Colourways.Select(c => new ColourwayDto(c.Code, c.Name.Get(language), CatalogBrowser.Key(c.Family), c.Hex,
            [.. c.Images.Select(i => new ImageDto(i.Url, i.Alt.Get(language), i.Width, i.Height))]))],
        [.. style.Colourways.SelectMany(c => c.Skus.Select(k => new VariantDto(k.Code, k.Gtin, c.Code, c.Name.Get(language), k.Size)))],
        $"/{language}/products/{style.Handle.Get(language)}");

    public static IReadOnlyList<FacetDto> Facets(BrowseResult result) =>
        [.. result.Facets.Select(f => new FacetDto(f.Name, [.. f.Values.Select(v => new FacetValueDto(v.Value, v.Count, v.Selected))]))];

    public static string Language(string? lang) => Languages.Normalize(lang);
}
