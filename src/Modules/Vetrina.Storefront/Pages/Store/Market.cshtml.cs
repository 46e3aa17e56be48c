using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Markets.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// Remembers the shopper's market in a cookie (their choice, valid on every node) and returns them where they were.
/// A GET form, like a language link: it only changes how prices are shown, so it needs no antiforgery token, and pages
/// without one carry no per-visitor cookie and stay cacheable.
/// </summary>
[AllowAnonymous]
internal sealed class MarketModel : PageModel
{
    public async Task<IActionResult> OnGetAsync(string lang, string? code, string? returnUrl)
    {
        var market = await HttpContext.RequestServices.GetRequiredService<IMarketDirectory>().FindAsync(code, HttpContext.RequestAborted);
        if (market is not null)
        {
            Response.Cookies.Append(StorePageModel.MarketCookie, market.Code, new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : $"/{lang}");
    }
}
