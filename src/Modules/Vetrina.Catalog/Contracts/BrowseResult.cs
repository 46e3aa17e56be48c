namespace Vetrina.Catalog.Contracts;

public sealed record BrowseResult(IReadOnlyList<StyleView> Items, int Total, int Page, int PageSize, IReadOnlyList<Facet> Facets)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool IsPageOutOfRange => Page > PageCount;
}

public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);

/// <summary>The facets' names, as URLs and the listing page use them.</summary>
public static class FacetNames
{
    public const string Size = "size";
    public const string Colour = "colour";
    public const string Season = "season";
    public const string Material = "material";
    public const string Price = "price";
}

/// <summary>A value with the number of styles the shopper would see if they added it to the current filters.</summary>
/// <param name="System">For sizes, the group of sizes (letters, clothing, shoes) the value belongs to, which the filter groups them by.</param>
public sealed record FacetValue(string Value, int Count, bool Selected, SizeGroup? Group = null);

/// <summary>The ways sizes are written, in the order a size filter lists them: letters, clothing numbers, shoe numbers.</summary>
public enum SizeGroup
{
    Letter,
    Clothing,
    Shoes,
    OneSize,
}

public static class SizeGroups
{
    public static SizeGroup Of(SizeType type) => type switch
    {
        SizeType.WomenLetter or SizeType.MenLetter => SizeGroup.Letter,
        SizeType.WomenApparel or SizeType.MenApparel => SizeGroup.Clothing,
        SizeType.WomenShoes or SizeType.MenShoes => SizeGroup.Shoes,
        _ => SizeGroup.OneSize,
    };
}
