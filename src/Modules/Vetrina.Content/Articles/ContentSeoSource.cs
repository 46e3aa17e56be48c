using Vetrina.Catalog.Contracts;

namespace Vetrina.Content.Articles;

/// <summary>The posts' part of the SEO audit.</summary>
internal sealed class ContentSeoSource(ArticleDirectory articles) : ISeoAuditSource
{
    public async Task<IReadOnlyList<SeoFinding>> FindAsync(CancellationToken cancellationToken) =>
        ContentAudit.Run(await articles.AllPublishedAsync(cancellationToken));
}
