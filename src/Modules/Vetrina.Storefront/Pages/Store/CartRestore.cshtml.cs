using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Cart.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>The restore link of an abandoned-cart email: puts that bag in this browser and shows it; a stale link shows the (empty) bag.</summary>
internal sealed class CartRestoreModel : StorePageModel
{
    public async Task<IActionResult> OnGetAsync(string? t, CancellationToken cancellationToken)
    {
        var provider = HttpContext.RequestServices.GetRequiredService<IDataProtectionProvider>();
        var bags = HttpContext.RequestServices.GetRequiredService<IBagDirectory>();
        if (EmailMarketing.Automations.CartRestore.Unprotect(provider, t) is { } cart
            && await bags.ExistsAsync(cart, cancellationToken))
        {
            BagCookie.Write(Response, cart);
        }

        Response.Headers.CacheControl = "no-store";
        return Redirect($"/{Language}/cart");
    }
}
