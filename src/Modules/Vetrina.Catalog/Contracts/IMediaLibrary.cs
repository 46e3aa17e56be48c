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
}
