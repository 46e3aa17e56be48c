using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Cart.Domain;
using Vetrina.Data;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>The restore link of an abandoned-cart email: puts that bag in this browser and shows it; a stale link shows the (empty) bag.</summary>
public sealed class CartRestoreModel : StorePageModel
{
    public async Task<IActionResult> OnGetAsync(string? t, CancellationToken cancellationToken)
    {
        var provider = HttpContext.RequestServices.GetRequiredService<IDataProtectionProvider>();
        var db = HttpContext.RequestServices.GetRequiredService<VetrinaDbContext>();
        if (EmailMarketing.Automations.CartRestore.Unprotect(provider, t) is { } cart
            && await db.Set<ShoppingCart>().AnyAsync(c => c.Id == cart, cancellationToken))
        {
            BagCookie.Write(Response, cart);
        }

        Response.Headers.CacheControl = "no-store";
        return Redirect($"/{Language}/cart");
    }
}
