using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SkiaSharp;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Media;

/// <summary>
/// Makes a picture's resized WebP copies once and keeps them on disk: the first request for a copy pays for the decode,
/// resize and encode (tens of milliseconds), every later one reads a file. Requests for a copy being made wait for it
/// rather than make it again.
/// </summary>
internal sealed class ImageVariants(IOptions<MediaOptions> options)
{
    private const int Quality = 72;

    /// <summary>Part of every cached file's path: raise it when the resizing or the demo's drawing changes, and old copies are not served.</summary>
    public const string Generation = "g1";

    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]?>>> making = new(StringComparer.Ordinal);

    public static bool Made(int width) => ResponsiveImages.Widths.Contains(width);

    /// <summary>The copy of the original named <paramref name="key"/> at <paramref name="width"/> pixels; null when there is no original.</summary>
    public Task<byte[]?> ResizedAsync(string key, int width, Func<CancellationToken, Task<byte[]?>> original, CancellationToken cancellationToken) =>
        CachedAsync($"{key}-{width}.webp", async token => await original(token) is { } bytes ? Resize(bytes, width) : null, cancellationToken);

    /// <summary>A file made by <paramref name="make"/> once, then read from the cache.</summary>
    public async Task<byte[]?> CachedAsync(string name, Func<CancellationToken, Task<byte[]?>> make, CancellationToken cancellationToken)
    {
        var path = Path.Combine(options.Value.CacheDirectory, Generation, name);
        if (File.Exists(path))
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }

        // Not the caller's token: a shopper who leaves must not cancel the copy others wait for.
        var job = making.GetOrAdd(name, _ => new Lazy<Task<byte[]?>>(() => MakeAsync(path, make)));
        try
        {
            return await job.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            if (job.Value.IsCompleted)
            {
                making.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]?>>>(name, job));
            }
        }
    }

    private static async Task<byte[]?> MakeAsync(string path, Func<CancellationToken, Task<byte[]?>> make)
    {
        var bytes = await Task.Run(() => make(CancellationToken.None));
        if (bytes is null)
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved in: a reader never sees half a file, and two nodes sharing the folder write the same bytes.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return bytes;
    }

    private static byte[] Resize(byte[] original, int width)
    {
        using var decoded = SKBitmap.Decode(original) ?? throw new InvalidDataException("The stored picture cannot be decoded.");
        // Never larger than the original: a wider copy would only weigh more.
        var scale = Math.Min(1.0, (double)width / decoded.Width);
        var target = new SKImageInfo(Math.Max(1, (int)Math.Round(decoded.Width * scale)), Math.Max(1, (int)Math.Round(decoded.Height * scale)));
        using var resized = scale < 1.0 ? decoded.Resize(target, new SKSamplingOptions(SKCubicResampler.Mitchell)) : null;
        using var image = SKImage.FromBitmap(resized ?? decoded);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, Quality);
        return webp.ToArray();
    }
}
