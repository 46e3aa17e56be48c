using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Vetrina.Kernel;
using Vetrina.Storefront.Media;
using Vetrina.Storefront.Seo;

namespace Vetrina.Storefront;

public static class StorefrontModule
{
    public static IEndpointRouteBuilder MapStorefrontEndpoints(this IEndpointRouteBuilder app)
    {
        // "/" picks the shopper's language from Accept-Language; caches must keep one answer per language.
        app.MapGet("/", (HttpContext http) =>
        {
            http.Response.Headers.Vary = HeaderNames.AcceptLanguage;
            return Results.Redirect($"/{PreferredLanguage(http)}");
        }).ExcludeFromDescription();
        app.MapDemoImages();
        app.MapSeoEndpoints();
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
