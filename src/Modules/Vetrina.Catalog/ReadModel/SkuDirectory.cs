using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.ReadModel;

internal sealed class SkuDirectory(CatalogSnapshotCache snapshots) : ISkuDirectory
{
    public async Task<SkuSummary?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await snapshots.GetAsync(cancellationToken)).FindSku(code.Trim()) is { } entry ? Summary(entry) : null;

    public async Task<IReadOnlyDictionary<int, SkuSummary>> FindAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var found = new Dictionary<int, SkuSummary>();
        foreach (var id in ids)
        {
            if (!found.ContainsKey(id) && snapshot.FindSku(id) is { } entry)
            {
                found[id] = Summary(entry);
            }
        }

        return found;
    }

    private static SkuSummary Summary(SkuEntry entry) => new(entry.Sku.Id, entry.Sku.Code, entry.Sku.Size, entry.Style.Name, entry.Colourway.Name);
}
