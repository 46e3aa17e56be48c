using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Vetrina.Admin.Pages;

/// <summary>
/// Scripts the back office ships inside its assembly: the vendored Chart.js (MIT, see Assets/chart.js.LICENSE.md) and the
/// dashboards' own. Served from the shop under versioned addresses that browsers keep for a year; no CDN.
/// </summary>
internal static class AdminAssets
{
    private static readonly Dictionary<string, (byte[] Content, string Version)> Scripts = new(StringComparer.Ordinal)
    {
        ["chart.js"] = Load("chart.umd.min.js"),
        ["dashboard.js"] = Load("dashboard.js"),
    };

    public static string PathOf(string name) => $"/admin/assets/{name}?v={Scripts[name].Version}";

    public static IEndpointRouteBuilder MapAdminAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/assets/{name}", (string name, HttpContext http) =>
        {
            if (!Scripts.TryGetValue(name, out var script))
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = http.Request.Query["v"] == script.Version ? "public, max-age=31536000, immutable" : "public, max-age=300";
            return Results.Bytes(script.Content, "text/javascript; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static (byte[] Content, string Version) Load(string resource)
    {
        using var stream = typeof(AdminAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        return (content, Convert.ToHexStringLower(SHA256.HashData(content))[..12]);
    }
}
