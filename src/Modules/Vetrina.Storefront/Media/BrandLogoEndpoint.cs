using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Vetrina.Storefront.Media;

/// <summary>The demo brand's logo, for structured data and the demo journal's covers.</summary>
internal static class BrandLogoEndpoint
{
    public static IEndpointRouteBuilder MapBrandLogo(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/logo.svg", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=31536000";
            return Results.Text(
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 240 60'><rect width='240' height='60' fill='#1a1a1a'/><text x='120' y='40' font-family='sans-serif' font-size='26' letter-spacing='8' fill='#fff' text-anchor='middle'>VETRINA</text></svg>",
                "image/svg+xml");
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
