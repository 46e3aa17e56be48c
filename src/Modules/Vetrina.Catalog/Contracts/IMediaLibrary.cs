namespace Vetrina.Catalog.Contracts;

/// <summary>The shop's images (product photos, post covers), stored once and served with a year's cache lifetime.</summary>
public interface IMediaLibrary
{
    /// <summary>Largest upload accepted, in bytes.</summary>
    const long MaxBytes = 15 * 1024 * 1024;

    /// <summary>
    /// Decodes an uploaded image, re-encodes it like a product image and keeps it at once; returns its address, or a
    /// sentence saying why the file was refused (not an image, too large, too small).
    /// </summary>
    Task<(string? Url, string? Error)> StoreImageAsync(Stream upload, string fileName, long length, CancellationToken cancellationToken);

    /// <summary>
    /// Decodes a shopper's photo (a fault on a returned unit) and re-encodes it like a product image, without keeping it
    /// or publishing it: the caller stores it where only its staff see it. Any size of picture is taken, down to
    /// <paramref name="minSide"/> pixels; a refusal is a sentence saying why.
    /// </summary>
    Task<(PreparedImage? Image, string? Error)> PrepareImageAsync(Stream upload, string fileName, long length, int minSide, CancellationToken cancellationToken);
}

/// <summary>A re-encoded picture: WebP bytes (only pixels; whatever else the upload carried, such as its GPS position, is gone).</summary>
public sealed record PreparedImage(byte[] Webp, int Width, int Height);
