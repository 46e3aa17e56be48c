using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Content.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>A standing page of the shop (terms, returns and withdrawal, shipping, privacy, company), with its version and date.</summary>
internal sealed class ShopInfoPageModel : StorePageModel
{
    public ShopPageView Shown { get; private set; } = null!;

    public string Html { get; private set; } = "";

    /// <summary>The help centre's topics and questions (those matching <see cref="Query"/>), when the page is the help centre.</summary>
    public IReadOnlyList<HelpTopic>? Topics { get; private set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public async Task<IActionResult> OnGetAsync(string handle, CancellationToken cancellationToken)
    {
        var pages = HttpContext.RequestServices.GetRequiredService<IShopPages>();
        if (await pages.FindAsync(handle, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        Shown = page;
        if (page.Handle == ShopPageHandles.Help)
        {
            Query = Query?.Trim() is { Length: > 0 and <= 200 } query ? query : null;
            Topics = await pages.HelpAsync(Language, Query, cancellationToken);
            Indexable = Query is null;
        }
        else
        {
            Html = pages.Html(page, Language);
        }

        Title = $"{page.Title.Get(Language)} · Vetrina";
        PathIn = language => $"/{language}/pages/{page.Handle}";
        return Page();
    }
}
