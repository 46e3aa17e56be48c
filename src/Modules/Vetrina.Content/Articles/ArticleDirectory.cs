using Microsoft.EntityFrameworkCore;
using Vetrina.Data;

namespace Vetrina.Content.Articles;

/// <summary>What the shop shows: published articles only (a scheduled one appears at its time, with no job to run).</summary>
internal sealed class ArticleDirectory(VetrinaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Article>> PublishedAsync(string blog, int take, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Set<Article>().AsNoTracking().Where(a => a.Blog == blog && a.PublishAt != null && a.PublishAt <= now)
            .OrderByDescending(a => a.PublishAt).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>Every published article of every blog, for the sitemaps.</summary>
    public async Task<IReadOnlyList<Article>> AllPublishedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Set<Article>().AsNoTracking().Where(a => a.PublishAt != null && a.PublishAt <= now).ToListAsync(cancellationToken);
    }

    /// <summary>Any article of the blog, published or not: for a signed preview link.</summary>
    public Task<Article?> FindForPreviewAsync(int id, string blog, CancellationToken cancellationToken) =>
        db.Set<Article>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.Blog == blog, cancellationToken);

    public async Task<Article?> FindAsync(string blog, string language, string handle, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.Set<Article>().AsNoTracking().Where(a => a.Blog == blog && a.PublishAt != null && a.PublishAt <= now
            && (a.Handle.En == handle || a.Handle.It == handle || a.Handle.Ko == handle)).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(a => a.Handle.Get(language) == handle) ?? candidates.FirstOrDefault();
    }
}
