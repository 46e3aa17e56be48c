using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Vetrina.Analytics.Contracts;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;
using Vetrina.Privacy.Contracts;

namespace Vetrina.Analytics.Visitors;

/// <summary>
/// The visitor id of a request. With analytics consent: a first-party cookie (13 months, as the CNIL allows for audience
/// measurement). Without: a hash of today's secret salt, the site, the address and the user agent, which nothing stores
/// and which changes at midnight in the shop's zone, when the salt is deleted, so the same person is a new visitor every
/// reporting day (and one visitor all that day).
/// </summary>
internal sealed class VisitorIdentity(SaltStore salts, TimeProvider clock) : IVisitors
{
    /// <summary>The request's visitor; sets (or, once consent is withdrawn, deletes) the visitor cookie on the response.</summary>
    public async ValueTask<Visitor> ResolveAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var consent = ConsentPolicy.Read(http.Request, clock.GetUtcNow());
        var cookie = http.Request.Cookies[AnalyticsCookie.Name];
        if (consent.Analytics)
        {
            if (Guid.TryParseExact(cookie, "N", out var known))
            {
                return new Visitor(known, VisitorKind.Cookie);
            }

            // Drawn from the consent's own id, not at random: the first requests after consent (a page's beacon and the previous
            // page's last one) arrive together without the cookie, and each minting its own id split the visitor in two.
            var visitor = consent.VisitorId is { } given ? Visitor.HashId([.. "analytics\n"u8, .. given.ToByteArray()]) : Guid.NewGuid();
            http.Response.Cookies.Append(AnalyticsCookie.Name, visitor.ToString("N"), new CookieOptions
            {
                MaxAge = AnalyticsCookie.Lifetime,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                HttpOnly = true,
                Path = "/",
            });
            return new Visitor(visitor, VisitorKind.Cookie);
        }

        if (cookie is not null)
        {
            http.Response.Cookies.Delete(AnalyticsCookie.Name, new CookieOptions { Path = "/" });
        }

        var salt = await salts.TodayAsync(cancellationToken);
        return new Visitor(Cookieless(salt, http.Request.Host.Host, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString()),
            VisitorKind.Cookieless);
    }

    internal static Guid Cookieless(byte[] salt, string site, string? address, string userAgent)
    {
        var data = Encoding.UTF8.GetBytes(string.Join('\n', site, address ?? "", userAgent));
        return Visitor.HashId([.. salt, .. data]);
    }
}
