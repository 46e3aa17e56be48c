using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Vetrina.Catalog.Contracts;
using Vetrina.Data;

namespace Vetrina.Catalog.Media;

/// <summary>
/// Pictures: uploads as stored, the demo's photographs, and the resized copies of both. Every address names its content
/// for good (an upload's id, a style's colourway and view), so any cache may keep a picture for a year without asking again.
/// </summary>
internal static class MediaEndpoints
{
    private const string Forever = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/uploads/{id:guid}.webp", async (Guid id, HttpContext http, VetrinaDbContext db, CancellationToken cancellationToken) =>
            await UploadAsync(db, id, cancellationToken) is { } content ? File(http, content, "image/webp") : Results.NotFound())
            .ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/media/uploads/{id:guid}-{width:int}.webp", async (Guid id, int width, HttpContext http, VetrinaDbContext db, ImageVariants variants,
                CancellationToken cancellationToken) =>
            ImageVariants.Made(width) && await variants.ResizedAsync($"uploads/{id:N}", width, token => UploadAsync(db, id, token), cancellationToken) is { } resized
                ? File(http, resized, "image/webp")
                : Results.NotFound())
            .ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/media/demo/{style}/{colour}/{view:int}.jpg", async (string style, string colour, int view, HttpContext http, ICatalogSnapshots snapshots,
                ImageVariants variants, CancellationToken cancellationToken) =>
            await DemoAsync(snapshots, variants, style, colour, view, cancellationToken) is { } photo ? File(http, photo, "image/jpeg") : Results.NotFound())
            .ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/media/demo/{style}/{colour}/{view:int}-{width:int}.webp", async (string style, string colour, int view, int width, HttpContext http,
                ICatalogSnapshots snapshots, ImageVariants variants, CancellationToken cancellationToken) =>
            ImageVariants.Made(width) && await variants.ResizedAsync($"demo/{style}/{colour}/{view}", width,
                token => DemoAsync(snapshots, variants, style, colour, view, token), cancellationToken) is { } resized
                ? File(http, resized, "image/webp")
                : Results.NotFound())
            .ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static IResult File(HttpContext http, byte[] content, string type)
    {
        http.Response.Headers.CacheControl = Forever;
        return Results.File(content, type, entityTag: new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))[..16]}\""));
    }

    private static Task<byte[]?> UploadAsync(VetrinaDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<MediaAsset>().AsNoTracking().Where(m => m.Id == id).Select(m => m.Content).FirstOrDefaultAsync(cancellationToken)!;

    /// <summary>The demo photograph of a style's colourway from one side; null for a style, colour or view the catalogue does not have.</summary>
    private static async Task<byte[]?> DemoAsync(ICatalogSnapshots snapshots, ImageVariants variants, string style, string colour, int view,
        CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var found = snapshot.FindStyleByCode(style);
        var colourway = found?.Colourways.FirstOrDefault(c => string.Equals(c.Code, colour, StringComparison.Ordinal));
        if (found is null || colourway is null || view is < 1 or > DemoPhotos.Views)
        {
            return null;
        }

        return await variants.CachedAsync($"demo/{found.Code}/{colourway.Code}/{view}.jpg",
            _ => Task.FromResult<byte[]?>(DemoPhotos.Jpeg(found.Code, found.SizeType, colourway.Code, colourway.Hex, view)), cancellationToken);
    }
}
