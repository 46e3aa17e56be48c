using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Content.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>A blog's latest posts in the shopper's language, with its Atom and RSS feeds announced.</summary>
internal sealed class BlogModel : StorePageModel
{
    public string Blog { get; private set; } = "";

    public IReadOnlyList<ArticleView> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string blog, CancellationToken cancellationToken)
    {
        Blog = blog.ToLowerInvariant();
        Articles = await HttpContext.RequestServices.GetRequiredService<IPublishedArticles>().PublishedAsync(Blog, 50, cancellationToken);
        if (Articles.Count == 0)
        {
            return NotFound();
        }

        Title = $"{Blogs.Title(Blog, Language)} · Vetrina";
        PathIn = language => $"/{language}/blogs/{Blog}";
        Response.Headers.CacheControl = "no-cache";
        return Page();
    }
}
