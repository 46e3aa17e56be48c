using Vetrina.Kernel;

namespace Vetrina.Catalog.Contracts;

/// <summary>A listed SKU as other modules name it: its code and size, and the names of its style and colour.</summary>
public sealed record SkuSummary(int Id, string Code, string Size, LocalizedText StyleName, LocalizedText ColourName);

/// <summary>Listed SKUs by code or id, read from the catalogue snapshot (in memory, so many look-ups cost little).</summary>
public interface ISkuDirectory
{
    Task<SkuSummary?> FindAsync(string code, CancellationToken cancellationToken);

    /// <summary>The listed SKUs among <paramref name="ids"/>; ids of SKUs not listed (drafts, removed) are left out.</summary>
    Task<IReadOnlyDictionary<int, SkuSummary>> FindAsync(IEnumerable<int> ids, CancellationToken cancellationToken);
}
