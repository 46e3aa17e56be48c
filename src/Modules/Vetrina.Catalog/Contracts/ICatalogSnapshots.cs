namespace Vetrina.Catalog.Contracts;

/// <summary>
/// The listed catalogue as one immutable read model (<see cref="CatalogSnapshot"/>): what the storefront, bags, checkout
/// and emails show of products. Shared by every request of a node; a catalogue change replaces it within seconds.
/// </summary>
public interface ICatalogSnapshots
{
    /// <summary>The output-cache tag of pages built from the snapshot: a catalogue change evicts them.</summary>
    const string CacheTag = "catalog";

    ValueTask<CatalogSnapshot> GetAsync(CancellationToken cancellationToken = default);
}
