using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Vetrina.Kernel;
using Vetrina.Privacy.Contracts;
using Vetrina.Storefront.Media;
using Vetrina.Storefront.Pages;
using Vetrina.Storefront.Seo;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront;

public static class StorefrontModule
{
    /// <summary>Shop pages may be served from a node's memory for this long; the stock they show is two seconds old at most anyway.</summary>
    public static readonly TimeSpan PageCacheLifetime = TimeSpan.FromSeconds(5);

    public const string PageCachePolicy = "storefront";

    public static IServiceCollection AddStorefrontModule(this IServiceCollection services) =>
        services.AddShopLimits().AddOutputCache(options => options.AddPolicy(PageCachePolicy, policy => policy
            .Expire(PageCacheLifetime)
            .SetVaryByQuery("*")
            // The market changes prices and currency; the language is in the path.
            .VaryByValue(http => new KeyValuePair<string, string>("market", http.Request.Cookies[StorePageModel.MarketCookie] ?? ""))
            // With or without the cookie banner: two copies of a page, whatever the visitor chose.
            .VaryByValue(http => new KeyValuePair<string, string>("consent",
                ConsentPolicy.Read(http.Request, http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).Decided ? "1" : "0"))
            .Tag(ICatalogSnapshots.CacheTag)));

    /// <summary>The shop's manual redirects, ahead of routing so that a rule can take over a path that still has a page.</summary>
    public static IApplicationBuilder UseStorefrontRedirects(this IApplicationBuilder app) => RedirectMiddleware.Use(app);

    public static IEndpointRouteBuilder MapStorefrontEndpoints(this IEndpointRouteBuilder app)
    {
        // "/" picks the shopper's language from Accept-Language; caches must keep one answer per language.
        app.MapGet("/", (HttpContext http) =>
        {
            http.Response.Headers.Vary = HeaderNames.AcceptLanguage;
            return Results.Redirect($"/{PreferredLanguage(http)}");
        }).ExcludeFromDescription().AllowAnonymous();
        app.MapBrandLogo();
        app.MapSeoEndpoints();
        app.MapProductFeeds();
        return app;
    }

    public static string PreferredLanguage(HttpContext http)
    {
        var accepted = http.Request.GetTypedHeaders().AcceptLanguage;
        return accepted
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(Languages.IsSupported) ?? Languages.Default;
    }
}
