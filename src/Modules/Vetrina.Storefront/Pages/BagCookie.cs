using Microsoft.AspNetCore.Http;

namespace Vetrina.Storefront.Pages;

/// <summary>
/// The bag's id in the shopper's browser: HttpOnly, SameSite=Lax (see CartModel for why that matters). Beside it, the
/// number of items in the bag, readable by the page's script: pages are cached for everyone, so the header's bag link
/// cannot be rendered with a shopper's count, and a cookie shows it without a request of its own.
/// </summary>
internal static class BagCookie
{
    public const string Name = "vetrina_cart";
    public const string CountName = "vetrina_bag_n";

    public static Guid? Read(HttpRequest request) => Guid.TryParse(request.Cookies[Name], out var id) ? id : null;

    public static void Write(HttpResponse response, Guid id) => response.Cookies.Append(Name, id.ToString("N"), new CookieOptions
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = response.HttpContext.Request.IsHttps,
        MaxAge = TimeSpan.FromDays(30),
    });

    /// <summary>Sets the count the bag link shows (none for an empty bag), when the browser's differs.</summary>
    public static void Count(HttpResponse response, int items)
    {
        var known = response.HttpContext.Request.Cookies[CountName];
        if (items <= 0)
        {
            if (known is not null)
            {
                response.Cookies.Delete(CountName);
            }

            return;
        }

        if (known == items.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return;
        }

        response.Cookies.Append(CountName, items.ToString(System.Globalization.CultureInfo.InvariantCulture), new CookieOptions
        {
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(30),
        });
    }

    public static void Clear(HttpResponse response)
    {
        response.Cookies.Delete(Name);
        response.Cookies.Delete(CountName);
    }
}
