using Vetrina.Catalog.Domain;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Features.Api;

/// <summary>A customer-facing text in the three languages; Italian and Korean fall back to English when left out.</summary>
internal sealed record TextDto(string? En, string? It = null, string? Ko = null)
{
    public static TextDto From(LocalizedText text) => new(text.En, text.It, text.Ko);

    public LocalizedText ToText() => LocalizedText.FromInput(En!, It, Ko);
}

/// <summary>Creates a style as a draft. Category and season are codes (e.g. "women-knitwear", "FW26").</summary>
internal sealed record StyleCreateRequest(string? Code, TextDto? Name, TextDto? Description, TextDto? Care, string? Category, string? Season,
    string? Gender, string? CountryOfOrigin, string? Composition);

/// <summary>Changes what is given and keeps the rest.</summary>
internal sealed record StylePatchRequest(TextDto? Name, TextDto? Description, TextDto? Care, string? Category, string? Season, string? Gender,
    string? CountryOfOrigin, string? Composition);

/// <summary>VAT-inclusive prices in the market's currency, in major units (129.00 EUR, 129000 KRW).</summary>
internal sealed record PriceRequest(decimal? Full, decimal? Markdown);

internal sealed record LifecycleRequest(string? Stage);

internal sealed record ColourwayRequest(string? Code, TextDto? Name, string? Family, string? Hex);

internal sealed record SkuRequest(string? Size, string? Gtin);

internal sealed record PriceRecordDto(string Market, string Currency, decimal Full, decimal? Markdown, decimal Selling);

internal sealed record SkuRecordDto(string Sku, string Size, string Gtin);

internal sealed record ColourwayRecordDto(string Code, TextDto Name, string Family, string Hex, IReadOnlyList<SkuRecordDto> Skus);

/// <summary>A style as staff see it, drafts included; <see cref="Revision"/> is its ETag for If-Match.</summary>
internal sealed record StyleRecordDto(string Code, int Revision, string Lifecycle, TextDto Name, TextDto Description, TextDto Care, int CategoryId,
    int SeasonId, string Gender, string CountryOfOrigin, string Composition, IReadOnlyList<PriceRecordDto> Prices,
    IReadOnlyList<ColourwayRecordDto> Colourways)
{
    public static StyleRecordDto From(Style style) => new(
        style.Code, style.Revision, style.Lifecycle.ToString(), TextDto.From(style.Name), TextDto.From(style.Description), TextDto.From(style.Care),
        style.CategoryId, style.SeasonId, style.Gender.ToString(), style.CountryOfOrigin, Domain.Composition.Format(style.Composition),
        [.. style.Prices.OrderBy(p => p.Market).Select(p => new PriceRecordDto(p.Market, p.Currency.Code, p.FullPrice.Major, p.MarkdownPrice?.Major,
            p.SellingPrice(style.Lifecycle).Major))],
        [.. style.Colourways.OrderBy(c => c.Position).Select(c => new ColourwayRecordDto(c.Code, TextDto.From(c.Name), c.Family.ToString(), c.Hex,
            [.. c.Skus.OrderBy(s => s.SizePosition).Select(s => new SkuRecordDto(s.Code, s.Size, s.Gtin))]))]);
}

/// <summary>The outcome of an API import; errors carry the file's line numbers.</summary>
internal sealed record ImportResultDto(bool Saved, int Rows, int Created, int Updated, int Unchanged);
