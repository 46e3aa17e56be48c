using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Vetrina.Data;

namespace Vetrina.Catalog.Media;

internal static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/uploads/{id:guid}.webp", async (Guid id, HttpContext http, VetrinaDbContext db, CancellationToken cancellationToken) =>
        {
            var asset = await db.Set<MediaAsset>().AsNoTracking().Where(m => m.Id == id)
                .Select(m => new { m.Content, m.ContentType }).FirstOrDefaultAsync(cancellationToken);
            if (asset is null)
            {
                return Results.NotFound();
            }

            // The id names the content for good: any cache may keep it for a year without asking again.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue($"\"{id:N}\""));
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
