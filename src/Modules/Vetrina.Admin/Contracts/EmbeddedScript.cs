using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Vetrina.Admin.Contracts;

/// <summary>
/// A script a module ships inside its assembly for its back-office pages, served from the shop under an address that
/// changes with its content, so browsers keep it for a year; no CDN.
/// </summary>
public sealed class EmbeddedScript
{
    private readonly byte[] content;

    /// <param name="path">Where it is served ("/admin/assets/chart.js").</param>
    /// <param name="resource">Its logical name in the assembly's embedded resources.</param>
    public EmbeddedScript(Assembly assembly, string resource, string path)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"{resource} is not embedded in {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        content = copy.ToArray();
        Version = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        Path = path;
    }

    public string Path { get; }

    public string Version { get; }

    /// <summary>The address pages link to.</summary>
    public string Src => $"{Path}?v={Version}";

    public IEndpointConventionBuilder MapTo(IEndpointRouteBuilder app) =>
        app.MapGet(Path, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = http.Request.Query["v"] == Version ? "public, max-age=31536000, immutable" : "public, max-age=300";
            return Results.Bytes(content, "text/javascript; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous();
}
