using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Privacy.Contracts;

namespace Vetrina.Privacy.Consent;

/// <summary>
/// Where the banner and the cookie settings page post a choice: the proof is stored, the consent cookie set, and the
/// visitor sent back where they were. Closing the banner is no consent; Global Privacy Control keeps marketing off.
/// </summary>
internal static class ConsentEndpoint
{
    public static IEndpointRouteBuilder MapConsent(this IEndpointRouteBuilder app)
    {
        // The banner sits on pages cached for everyone, so its form carries no antiforgery token; a consent forged from
        // another site is refused by where the browser says the post comes from.
        app.MapPost(ConsentPolicy.EndpointPath, SaveAsync).DisableAntiforgery().ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> SaveAsync(HttpContext http, IConsentLedger ledger, VetrinaDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!FromThisSite(http.Request))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not from this shop",
                detail: "Cookie choices are made on the shop's own pages.");
        }

        if (!http.Request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Form expected",
                detail: "Post the banner's form (application/x-www-form-urlencoded) with a choice: accept, reject, close or save.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var choice = form["choice"].ToString();
        // Browsers with Global Privacy Control on send this header with every request (and expose navigator.globalPrivacyControl).
        var gpc = http.Request.Headers["Sec-GPC"].ToString() == "1";
        var (analytics, marketing) = choice switch
        {
            "accept" => (true, true),
            "save" => (form["analytics"] == "true", form["marketing"] == "true"),
            _ => (false, false),
        };
        marketing &= !gpc;
        var visitor = ConsentPolicy.Read(http.Request, now).VisitorId ?? Guid.NewGuid();
        var language = Languages.Normalize(form["language"]);
        var source = choice switch { "close" => ConsentSources.BannerClosed, "save" => ConsentSources.CookieSettings, _ => ConsentSources.Banner };
        var text = ConsentText.For(language);
        foreach (var (purpose, given, words) in new[]
                 {
                     (ConsentPurposes.AnalyticsCookies, analytics, $"{text.Analytics}: {text.AnalyticsHint}"),
                     (ConsentPurposes.MarketingCookies, marketing, $"{text.Marketing}: {text.MarketingHint}"),
                 })
        {
            ledger.Record(new ConsentStatement(purpose, ConsentChannels.Cookie, given ? ConsentDecision.Given : ConsentDecision.Withdrawn, source,
                ConsentPolicy.Version, words, now)
            {
                VisitorId = visitor,
                Language = language,
                GlobalPrivacyControl = gpc,
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        http.Response.Cookies.Append(ConsentPolicy.CookieName, ConsentPolicy.Format(analytics, marketing, visitor, now), new CookieOptions
        {
            MaxAge = ConsentPolicy.Lifetime,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            HttpOnly = false,
            IsEssential = true,
            Path = "/",
        });
        if (!analytics && http.Request.Cookies.ContainsKey(AnalyticsCookie.Name))
        {
            // Withdrawal as easy as giving: the visitor is no longer followed from this very answer.
            http.Response.Cookies.Delete(AnalyticsCookie.Name, new CookieOptions { Path = "/" });
        }

        var back = form["returnUrl"].ToString();
        return Results.Redirect(back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal)
            ? back
            : $"/{language}");
    }

    /// <summary>A same-site form post: the browser's own word (Sec-Fetch-Site, Origin); tools that send neither are let through.</summary>
    private static bool FromThisSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
