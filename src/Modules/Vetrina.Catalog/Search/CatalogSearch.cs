using Vetrina.Catalog.Browsing;
using Vetrina.Catalog.ReadModel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Search;

/// <summary>Search results with the same facets and sorting as a collection page; relevance is the featured order.</summary>
public sealed class CatalogSearch(CatalogSnapshotCache snapshots, CatalogSearchIndex index)
{
    public const int MaxQueryLength = 200;

    public async Task<BrowseResult> SearchAsync(string language, string market, string query, BrowseRequest request,
        IReadOnlyDictionary<int, int>? available = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var ids = index.Search(snapshot, language, query);
        var styles = ids.Select(snapshot.FindStyle).OfType<StyleView>();
        return CatalogBrowser.Browse(styles, market, request, available);
    }
}
