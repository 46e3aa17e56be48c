using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.ReadModel;

namespace Vetrina.Catalog.Seo;

/// <summary>The catalogue's part of the SEO audit: its published pages as the shop shows them.</summary>
internal sealed class CatalogSeoSource(CatalogSnapshotCache snapshots) : ISeoAuditSource
{
    public async Task<IReadOnlyList<SeoFinding>> FindAsync(CancellationToken cancellationToken) =>
        SeoAudit.Run(await snapshots.GetAsync(cancellationToken));
}
