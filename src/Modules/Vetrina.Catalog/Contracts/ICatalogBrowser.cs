namespace Vetrina.Catalog.Contracts;

/// <summary>
/// Listing pages' work on the published catalogue: filters, disjunctive facet counts, sorting and paging for one
/// market, over a set of styles or over what a search finds (relevance is the featured order).
/// </summary>
public interface ICatalogBrowser
{
    /// <summary>The longest search text taken.</summary>
    public const int MaxQueryLength = 200;

    /// <param name="available">Units available online per SKU id; sizes with none are not offered as a filter.</param>
    BrowseResult Browse(IEnumerable<StyleView> styles, string market, BrowseRequest request, IReadOnlyDictionary<int, int>? available);

    /// <summary>What a search text finds in a language, browsed as <see cref="Browse"/> does.</summary>
    Task<BrowseResult> SearchAsync(string language, string market, string query, BrowseRequest request, IReadOnlyDictionary<int, int>? available,
        CancellationToken cancellationToken);
}
