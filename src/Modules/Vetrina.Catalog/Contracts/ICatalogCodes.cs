namespace Vetrina.Catalog.Contracts;

/// <summary>A SKU's code with its style's.</summary>
public sealed record SkuCodes(string Sku, string Style);

/// <summary>
/// Codes of every style and SKU, drafts and unlisted ones included (read from the catalogue's tables, unlike the
/// listed-only <see cref="ISkuDirectory"/>): for checks and alerts that must know a product before it is on sale.
/// </summary>
public interface ICatalogCodes
{
    Task<SkuCodes?> OfSkuAsync(int skuId, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="styleCodes"/> that some style has.</summary>
    Task<IReadOnlyList<string>> ExistingStylesAsync(IReadOnlyCollection<string> styleCodes, CancellationToken cancellationToken);

    /// <summary>
    /// The styles, with their SKUs, of a category (its subcategories included), a season and a style code, each when given
    /// (every style when none is); codes are matched without regard to case. An unknown category or season selects nothing
    /// and says so.
    /// </summary>
    Task<StyleSelection> SelectAsync(string? category, string? season, string? style, CancellationToken cancellationToken);

    /// <summary>
    /// Every SKU, drafts included, in the order they were made, with whether its style takes pre-orders: for tools that
    /// stock a catalogue (the demo brand's stock).
    /// </summary>
    Task<IReadOnlyList<CatalogSku>> AllSkusAsync(CancellationToken cancellationToken);

    /// <summary>Whether any style exists, draft or not (an empty catalogue may be given the demo brand).</summary>
    Task<bool> AnyStyleAsync(CancellationToken cancellationToken);
}

/// <summary>A SKU by id, and whether its style sells ahead of stock.</summary>
public sealed record CatalogSku(int Id, bool TakesPreorders);


public sealed record StyleSelection(IReadOnlyList<SelectedStyle> Styles, bool UnknownCategory, bool UnknownSeason);

public sealed record SelectedStyle(string Code, IReadOnlyList<SkuSize> Skus);

public sealed record SkuSize(int SkuId, string Size);
