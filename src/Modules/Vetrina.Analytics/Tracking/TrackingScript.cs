using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Vetrina.Analytics.Tracking;

/// <summary>
/// The tracking script (about 1 KB gzipped, no third-party requests), served by the shop itself under a versioned
/// address that browsers may keep for a year: a new script is a new address.
/// </summary>
internal static class TrackingScript
{
    private static readonly byte[] Content = Load();

    private static readonly string Version = Convert.ToHexStringLower(SHA256.HashData(Content))[..12];

    /// <summary>Where pages load it from.</summary>
    public static string Path { get; } = $"/t/v.js?v={Version}";

    public static IEndpointRouteBuilder MapTrackingScript(this IEndpointRouteBuilder app)
    {
        app.MapGet("/t/v.js", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = http.Request.Query["v"] == Version ? "public, max-age=31536000, immutable" : "public, max-age=300";
            return Results.Bytes(Content, "text/javascript; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static byte[] Load()
    {
        using var stream = typeof(TrackingScript).Assembly.GetManifestResourceStream("vetrina.js")
            ?? throw new InvalidOperationException("The tracking script is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
