using Markdig;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Vetrina.Content.Articles;
using Vetrina.Content.Contracts;
using Vetrina.Data;

namespace Vetrina.Content.ShopPages;

/// <summary>
/// Reads the standing pages. The footer's links are on every page, so they are kept in memory for a minute (an edit on
/// this node forgets them at once; another node's copy lasts at most that minute).
/// </summary>
internal sealed class ShopPageDirectory(VetrinaDbContext db, IMemoryCache cache) : IShopPages
{
    private const string LinksKey = "content:shop-page-links";

    public async Task<IReadOnlyList<ShopPageLink>> LinksAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(LinksKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return (IReadOnlyList<ShopPageLink>)await db.Set<ShopPage>().AsNoTracking().OrderBy(p => p.Position)
                .Select(p => new ShopPageLink(p.Handle, p.Title)).ToListAsync(cancellationToken);
        }) ?? [];

    public async Task<ShopPageView?> FindAsync(string handle, CancellationToken cancellationToken) =>
        await db.Set<ShopPage>().AsNoTracking().Where(p => p.Handle == handle)
            .Select(p => new ShopPageView(p.Handle, p.Title, p.Body, p.Version, p.UpdatedAt)).FirstOrDefaultAsync(cancellationToken);

    public string Html(ShopPageView page, string language) => Markdown.ToHtml(page.Body.Get(language), ArticleBody.Pipeline);

    public async Task<IReadOnlyList<HelpTopic>> HelpAsync(string language, string? query, CancellationToken cancellationToken) =>
        await FindAsync(ShopPageHandles.Help, cancellationToken) is { } page ? HelpCentre.Search(HelpCentre.Read(page.Body.Get(language)), query) : [];

    public void Forget() => cache.Remove(LinksKey);
}
