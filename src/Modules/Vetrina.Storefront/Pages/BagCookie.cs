using Microsoft.AspNetCore.Http;

namespace Vetrina.Storefront.Pages;

/// <summary>The bag's id in the shopper's browser: HttpOnly, SameSite=Lax (see CartModel for why that matters).</summary>
internal static class BagCookie
{
    public const string Name = "vetrina_cart";

    public static Guid? Read(HttpRequest request) => Guid.TryParse(request.Cookies[Name], out var id) ? id : null;

    public static void Write(HttpResponse response, Guid id) => response.Cookies.Append(Name, id.ToString("N"), new CookieOptions
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = response.HttpContext.Request.IsHttps,
        MaxAge = TimeSpan.FromDays(30),
    });

    public static void Clear(HttpResponse response) => response.Cookies.Delete(Name);
}
