using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Vetrina.Admin.Staff;

/// <summary>
/// The staff cookie is <c>__Host-vetrina_staff</c>: Secure, no Domain, path /, so no subdomain or plain-HTTP page can set
/// or read it. Browsers refuse a <c>__Host-</c> cookie that is not Secure, and a Secure cookie on plain HTTP; on a
/// developer's own machine (plain HTTP to localhost, where nobody sits between browser and server) the same cookie
/// goes out as <c>vetrina_staff</c> without Secure. Anywhere else plain HTTP gets no staff session at all.
/// </summary>
internal sealed class StaffCookieManager : ICookieManager
{
    public const string Name = "__Host-vetrina_staff";

    private const string LocalName = "vetrina_staff";

    private readonly ChunkingCookieManager inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, NameFor(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        options.Secure = !IsLocalPlainHttp(context);
        inner.AppendResponseCookie(context, NameFor(context, key), value, options);
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        options.Secure = !IsLocalPlainHttp(context);
        inner.DeleteCookie(context, NameFor(context, key), options);
    }

    private static string NameFor(HttpContext context, string key) => key == Name && IsLocalPlainHttp(context) ? LocalName : key;

    private static bool IsLocalPlainHttp(HttpContext context) =>
        !context.Request.IsHttps && (context.Request.Host.Host is "localhost" || IPAddress.TryParse(context.Request.Host.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
