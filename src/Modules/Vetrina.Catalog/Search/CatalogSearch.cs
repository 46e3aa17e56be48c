using Vetrina.Catalog.Browsing;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.ReadModel;

namespace Vetrina.Catalog.Search;

internal sealed class CatalogSearch(CatalogSnapshotCache snapshots, CatalogSearchIndex index) : ICatalogBrowser
{
    public BrowseResult Browse(IEnumerable<StyleView> styles, string market, BrowseRequest request, IReadOnlyDictionary<int, int>? available) =>
        CatalogBrowser.Browse(styles, market, request, available);

    public async Task<BrowseResult> SearchAsync(string language, string market, string query, BrowseRequest request, IReadOnlyDictionary<int, int>? available,
        CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var ids = index.Search(snapshot, language, query);
        var styles = ids.Select(snapshot.FindStyle).OfType<StyleView>();
        return CatalogBrowser.Browse(styles, market, request, available);
    }
}
