namespace Vetrina.Catalog.Contracts;

/// <summary>
/// The resized copies the shop serves of its own product pictures (uploads and the demo's photographs): WebP at a few
/// widths, each at an address of its own that never changes, for <c>srcset</c>. Pictures from elsewhere (a web link)
/// are shown as they are.
/// </summary>
public static class ResponsiveImages
{
    /// <summary>
    /// The widths made: a phone's card, a phone's full width at 1.5× and at 2× (375 × 2 and 412 × 1.75 both fit 750),
    /// a desktop column or a large phone, a zoom.
    /// </summary>
    public static IReadOnlyList<int> Widths { get; } = [360, 540, 750, 1080, 1600];

    public static bool Resizable(string url) =>
        url.StartsWith("/media/demo/", StringComparison.Ordinal) || url.StartsWith("/media/uploads/", StringComparison.Ordinal);

    /// <summary>The copy of the picture at <paramref name="width"/> pixels ("/media/uploads/ab12.webp" at 720: "/media/uploads/ab12-720.webp").</summary>
    public static string At(string url, int width) => $"{url[..url.LastIndexOf('.')]}-{width}.webp";

    /// <summary>The <c>srcset</c> of a picture: its copies no wider than the picture itself; null for a picture from elsewhere.</summary>
    public static string? SrcSet(ImageView image) => Resizable(image.Url) && Sizes(image) is { Count: > 0 } widths
        ? string.Join(", ", widths.Select(w => $"{At(image.Url, w)} {w}w"))
        : null;

    /// <summary>The <c>src</c> for browsers that pick no candidate: the copy nearest <paramref name="width"/>.</summary>
    public static string Src(ImageView image, int width = 750) => Src(image.Url, image.Width, width);

    /// <summary>The copy of a picture <paramref name="imageWidth"/> pixels wide nearest <paramref name="width"/>, or the picture itself.</summary>
    public static string Src(string url, int imageWidth, int width) => Resizable(url) && Sizes(imageWidth) is { Count: > 0 } widths
        ? At(url, widths.Where(w => w <= width).DefaultIfEmpty(widths[0]).Max())
        : url;

    private static List<int> Sizes(ImageView image) => Sizes(image.Width);

    private static List<int> Sizes(int imageWidth) => [.. Widths.Where(w => w <= imageWidth)];
}
