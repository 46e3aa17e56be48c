using SkiaSharp;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Media;

/// <summary>
/// Turns an uploaded file into a product image: decoded (so only real JPEG, PNG or WebP pass), scaled down to at most
/// <see cref="MaxSide"/> pixels, re-encoded as WebP. Re-encoding also drops whatever else the file carried (EXIF GPS).
/// </summary>
internal sealed class ImageUploads(TimeProvider clock)
{
    public const long MaxBytes = IMediaLibrary.MaxBytes;
    public const int MaxSide = 2000;
    public const int MinSide = 300;

    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];

    public async Task<(MediaAsset? Asset, string? Error)> ProcessAsync(Stream upload, string fileName, long length, CancellationToken cancellationToken,
        int minSide = MinSide)
    {
        if (length is 0 or > MaxBytes)
        {
            return (null, length == 0 ? "Choose an image file." : "The image is over 15 MB. Export it smaller (2000 pixels on the long side is plenty).");
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        using var codec = SKCodec.Create(buffer);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat))
        {
            return (null, "That file is not a JPEG, PNG or WebP image.");
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (Math.Min(width, height) < minSide)
        {
            return (null, $"The image is {width}×{height} pixels; it needs at least {minSide} on each side.");
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return (null, "The image could not be read; it may be damaged. Export it again and retry.");
        }

        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(width, height));
        var target = new SKImageInfo((int)Math.Round(width * scale), (int)Math.Round(height * scale));
        using var resized = scale < 1.0 ? decoded.Resize(target, new SKSamplingOptions(SKCubicResampler.Mitchell)) : null;
        using var image = SKImage.FromBitmap(resized ?? decoded);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, 82);
        return (new MediaAsset(Guid.NewGuid(), "image/webp", webp.ToArray(), image.Width, image.Height, Path.GetFileName(fileName), clock.GetUtcNow()), null);
    }
}
