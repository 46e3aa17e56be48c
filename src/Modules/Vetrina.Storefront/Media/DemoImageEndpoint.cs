using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Media;

/// <summary>
/// Product pictures for the demo brand: an SVG silhouette of the garment in the colourway's colour. A real brand
/// uploads photographs; the URLs and the alt texts are stored the same way.
/// </summary>
internal static class DemoImageEndpoint
{
    public static IEndpointRouteBuilder MapDemoImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{style}/{colour}/{view:int}.svg", async (string style, string colour, int view, ICatalogSnapshots snapshots, HttpContext http) =>
        {
            var snapshot = await snapshots.GetAsync(http.RequestAborted);
            var found = snapshot.FindStyleByCode(style);
            var colourway = found?.Colourways.FirstOrDefault(c => string.Equals(c.Code, colour, StringComparison.OrdinalIgnoreCase));
            if (found is null || colourway is null || view is < 1 or > 2)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(Draw(found, colourway.Hex, view == 2), "image/svg+xml", Encoding.UTF8);
        }).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/media/logo.svg", () => Results.Text(
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 240 60'><rect width='240' height='60' fill='#1a1a1a'/><text x='120' y='40' font-family='sans-serif' font-size='26' letter-spacing='8' fill='#fff' text-anchor='middle'>VETRINA</text></svg>",
            "image/svg+xml")).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static string Draw(StyleView style, string hex, bool back)
    {
        var shape = style.SizeType switch
        {
            SizeType.WomenShoes or SizeType.MenShoes => "M170 640 Q180 560 300 560 L430 600 Q600 640 640 700 L640 740 L170 740 Z",
            SizeType.OneSize => "M230 380 L570 380 L610 760 L190 760 Z M300 380 Q300 260 400 260 Q500 260 500 380",
            _ when style.CategoryPath.Count > 3 && style.Code.Contains("TR", StringComparison.Ordinal) || style.Code.Contains("JE", StringComparison.Ordinal)
                => "M280 180 L520 180 L560 880 L430 880 L400 420 L370 880 L240 880 Z",
            _ when style.Code.Contains("DR", StringComparison.Ordinal) || style.Code.Contains("KD", StringComparison.Ordinal) || style.Code.Contains("SK", StringComparison.Ordinal)
                => "M320 160 L480 160 L500 300 L620 880 L180 880 L300 300 Z",
            _ => "M300 160 Q400 210 500 160 L660 240 L620 420 L560 390 L560 840 L240 840 L240 390 L180 420 L140 240 Z",
        };
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 800 1000' width='800' height='1000'>");
        svg.Append("<rect width='800' height='1000' fill='#f4f2ee'/>");
        svg.Append(CultureInfo.InvariantCulture, $"<path d='{shape}' fill='{hex}' stroke='#00000033' stroke-width='4'{(back ? " transform='translate(800 0) scale(-1 1)'" : string.Empty)}/>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
