using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Content.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>A standing page of the shop (terms, returns and withdrawal, shipping, privacy, company), with its version and date.</summary>
internal sealed class ShopInfoPageModel : StorePageModel
{
    public ShopPageView Shown { get; private set; } = null!;

    public string Html { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string handle, CancellationToken cancellationToken)
    {
        var pages = HttpContext.RequestServices.GetRequiredService<IShopPages>();
        if (await pages.FindAsync(handle, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        Shown = page;
        Html = pages.Html(page, Language);
        Title = $"{page.Title.Get(Language)} · Vetrina";
        PathIn = language => $"/{language}/pages/{page.Handle}";
        return Page();
    }
}
