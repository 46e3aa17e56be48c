namespace Vetrina.Catalog.Contracts;

public enum SortOrder
{
    Featured,
    Newest,
    PriceAscending,
    PriceDescending,
}

/// <summary>Filters as a shopper sets them: several values of one facet widen, different facets narrow.</summary>
public sealed record BrowseRequest
{
    public const int DefaultPageSize = 24;
    public const int MaxPageSize = 100;

    public IReadOnlyList<string> Sizes { get; init; } = [];

    public IReadOnlyList<string> Colours { get; init; } = [];

    public IReadOnlyList<string> Seasons { get; init; } = [];

    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>Minimum selling price in major units of the market's currency.</summary>
    public decimal? PriceMin { get; init; }

    /// <summary>Exclusive upper bound, so that adjacent bands (100-200, 200-400) never overlap.</summary>
    public decimal? PriceMax { get; init; }

    public SortOrder Sort { get; init; } = SortOrder.Featured;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public bool HasFilters => ActiveFilters > 0;

    /// <summary>How many filter values are chosen (a price band counts once), as the filter button says.</summary>
    public int ActiveFilters => Sizes.Count + Colours.Count + Seasons.Count + Materials.Count + (PriceMin is not null || PriceMax is not null ? 1 : 0);
}
