using Vetrina.Catalog.Contracts;
using Vetrina.Data;

namespace Vetrina.Catalog.Media;

internal sealed class MediaLibrary(VetrinaDbContext db, ImageUploads uploads) : IMediaLibrary
{
    public async Task<(string? Url, string? Error)> StoreImageAsync(Stream upload, string fileName, long length, CancellationToken cancellationToken)
    {
        var (asset, error) = await uploads.ProcessAsync(upload, fileName, length, cancellationToken);
        if (asset is null)
        {
            return (null, error);
        }

        db.Add(asset);
        await db.SaveChangesAsync(cancellationToken);
        return (asset.Url, null);
    }

    public async Task<(PreparedImage? Image, string? Error)> PrepareImageAsync(Stream upload, string fileName, long length, int minSide,
        CancellationToken cancellationToken)
    {
        var (asset, error) = await uploads.ProcessAsync(upload, fileName, length, cancellationToken, minSide);
        return asset is null ? (null, error) : (new PreparedImage(asset.Content, asset.Width, asset.Height), null);
    }
}
