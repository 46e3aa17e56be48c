using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Content.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// A blog or lookbook post: its Markdown as HTML, and product blocks with the price of the shopper's market and whether
/// the style is in stock now (never cached: price and stock are live). JSON-LD BlogPosting and Open Graph for sharing.
/// </summary>
internal sealed class ArticleModel : StorePageModel
{
    public ArticleView Article { get; private set; } = null!;

    public IReadOnlyList<BodyPart> Parts { get; private set; } = [];

    public IReadOnlyDictionary<string, (StyleView Style, bool InStock)> Products { get; private set; } = new Dictionary<string, (StyleView, bool)>();

    /// <summary>Shown through a signed preview link: not live (yet), kept out of search engines.</summary>
    public bool Previewing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string blog, string handle, string? preview, CancellationToken cancellationToken)
    {
        var articles = HttpContext.RequestServices.GetRequiredService<IPublishedArticles>();
        ArticleView? article = null;
        if (preview is not null)
        {
            article = await articles.FindPreviewAsync(preview, blog.ToLowerInvariant(), cancellationToken);
            Previewing = article is not null;
            Indexable = !Previewing;
        }

        article ??= await articles.FindAsync(blog.ToLowerInvariant(), Language, handle, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (!Previewing && article.Handle.Get(Language) != handle)
        {
            return RedirectPermanent($"/{Language}/blogs/{article.Blog}/{article.Handle.Get(Language)}");
        }

        Article = article;
        Parts = articles.BodyOf(article, Language);
        var styles = Parts.OfType<ProductPart>().Select(p => Snapshot.FindStyleByCode(p.StyleCode)).OfType<StyleView>()
            .Where(s => s.PriceIn(Market.Code) is not null).DistinctBy(s => s.Id).ToList();
        var stock = await HttpContext.RequestServices.GetRequiredService<IStockAvailability>()
            .OnlineAsync([.. styles.SelectMany(s => s.Skus).Select(k => k.Id)], cancellationToken);
        Products = styles.ToDictionary(s => s.Code, s => (s, s.Skus.Any(k => stock.GetValueOrDefault(k.Id) is { } level && (level.InStock > 0 || level.Backorderable > 0))),
            StringComparer.OrdinalIgnoreCase);

        Title = $"{article.Title.Get(Language)} · Vetrina";
        MetaDescription = article.Summary.Get(Language);
        OgType = "article";
        OgImage = article.CoverUrl;
        PathIn = language => $"/{language}/blogs/{article.Blog}/{article.Handle.Get(language)}";
        var site = $"{Request.Scheme}://{Request.Host}";
        StructuredData.Add(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BlogPosting",
            ["headline"] = article.Title.Get(Language),
            ["description"] = article.Summary.Get(Language),
            ["inLanguage"] = Language,
            ["datePublished"] = (article.PublishAt ?? article.UpdatedAt).ToString("O"),
            ["dateModified"] = article.UpdatedAt.ToString("O"),
            ["author"] = new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = article.Author },
            ["image"] = article.CoverUrl is null ? null : article.CoverUrl.StartsWith('/') ? site + article.CoverUrl : article.CoverUrl,
            ["mainEntityOfPage"] = $"{site}/{Language}/blogs/{article.Blog}/{handle}",
            ["publisher"] = JsonLd.Organization(this),
        });
        Response.Headers.CacheControl = "no-cache";
        return Page();
    }
}
