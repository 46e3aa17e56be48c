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
            await UploadAsync(db, id, cancellationToken) is { } content ? File(http, content, "image/webp", $"{id:N}") : Results.NotFound())
            .ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/media/uploads/{id:guid}-{width:int}.webp", async (Guid id, int width, HttpContext http, VetrinaDbContext db, ImageVariants variants,
                CancellationToken cancellationToken) =>
            ImageVariants.Made(width) && await variants.ResizedAsync($"uploads/{id:N}", width, token => UploadAsync(db, id, token), cancellationToken) is { } resized
                ? File(http, resized, "image/webp", $"{id:N}-{width}")
                : Results.NotFound())
            .ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/media/demo/{style}/{colour}/{view:int}.jpg", async (string style, string colour, int view, HttpContext http, ICatalogSnapshots snapshots,
                ImageVariants variants, CancellationToken cancellationToken) =>
            await DemoPhotoAsync(snapshots, style, colour, view, cancellationToken) is { } photo
                ? File(http, (await variants.CachedAsync($"{photo.Key}.jpg", _ => Task.FromResult<byte[]?>(photo.Draw()), cancellationToken))!, "image/jpeg", photo.Key)
                : Results.NotFound())
            .ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/media/demo/{style}/{colour}/{view:int}-{width:int}.webp", async (string style, string colour, int view, int width, HttpContext http,
                ICatalogSnapshots snapshots, ImageVariants variants, CancellationToken cancellationToken) =>
            ImageVariants.Made(width) && await DemoPhotoAsync(snapshots, style, colour, view, cancellationToken) is { } photo
                ? File(http, (await variants.ResizedAsync(photo.Key, width,
                        token => variants.CachedAsync($"{photo.Key}.jpg", _ => Task.FromResult<byte[]?>(photo.Draw()), token), cancellationToken))!,
                    "image/webp", $"{photo.Key}-{width}")
                : Results.NotFound())
            .ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The ETag names the content, as the address does: a picture's bytes never change under its name (the cache's
    /// generation changes the name), so there is no need to hash megabytes on every request.
    /// </summary>
    private static IResult File(HttpContext http, byte[] content, string type, string name)
    {
        http.Response.Headers.CacheControl = Forever;
        var tag = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{ImageVariants.Generation}/{name}")))[..16];
        return Results.File(content, type, entityTag: new EntityTagHeaderValue($"\"{tag}\""));
    }

    private static Task<byte[]?> UploadAsync(VetrinaDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<MediaAsset>().AsNoTracking().Where(m => m.Id == id).Select(m => m.Content).FirstOrDefaultAsync(cancellationToken)!;

    /// <summary>A demo photograph the catalogue has, under its canonical codes (never the address's spelling: it names the cached file).</summary>
    private sealed record DemoPhoto(string Style, SizeType SizeType, string Colour, string Hex, int View)
    {
        public string Key => $"demo/{Style}/{Colour}/{View}";

        public byte[] Draw() => DemoPhotos.Jpeg(Style, SizeType, Colour, Hex, View);
    }

    /// <summary>The demo photograph of a style's colourway from one side; null for a style, colour or view the catalogue does not have.</summary>
    private static async Task<DemoPhoto?> DemoPhotoAsync(ICatalogSnapshots snapshots, string style, string colour, int view, CancellationToken cancellationToken)
    {
        var found = (await snapshots.GetAsync(cancellationToken)).FindStyleByCode(style);
        var colourway = found?.Colourways.FirstOrDefault(c => string.Equals(c.Code, colour, StringComparison.Ordinal));
        return found is null || colourway is null || view is < 1 or > DemoPhotos.Views
            ? null
            : new DemoPhoto(found.Code, found.SizeType, colourway.Code, colourway.Hex, view);
    }
}
