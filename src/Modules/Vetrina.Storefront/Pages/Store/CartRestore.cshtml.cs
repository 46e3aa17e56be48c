using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Cart.Contracts;
using Vetrina.EmailMarketing.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>The restore link of an abandoned-cart email: puts that bag in this browser and shows it; a stale link shows the (empty) bag.</summary>
internal sealed class CartRestoreModel : StorePageModel
{
    public async Task<IActionResult> OnGetAsync(string? t, CancellationToken cancellationToken)
    {
        var bags = HttpContext.RequestServices.GetRequiredService<IBagDirectory>();
        if (HttpContext.RequestServices.GetRequiredService<INewsletter>().RestoredBag(t) is { } cart
            && await bags.ExistsAsync(cart, cancellationToken))
        {
            BagCookie.Write(Response, cart);
        }

        Response.Headers.CacheControl = "no-store";
        return Redirect($"/{Language}/cart");
    }
}
