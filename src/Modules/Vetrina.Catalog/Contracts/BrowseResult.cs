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
public sealed record FacetValue(string Value, int Count, bool Selected);
