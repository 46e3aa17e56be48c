using Vetrina.Kernel;

namespace Vetrina.Catalog.Domain;

internal sealed class ColourwayImage
{
    private ColourwayImage()
    {
        Url = null!;
        Alt = null!;
    }

    internal ColourwayImage(string url, LocalizedText alt, int width, int height, int position)
    {
        if (!IsImageAddress(url))
        {
            throw new DomainException($"'{url}' is not an image address (a path like /media/... or an https:// link).");
        }

        if (width is < 1 or > 10_000 || height is < 1 or > 10_000)
        {
            throw new DomainException("Image width and height lie between 1 and 10,000 pixels.");
        }

        CheckAlt(alt);
        Url = url;
        Alt = alt;
        Width = width;
        Height = height;
        Position = position;
    }

    public int Id { get; private set; }

    public int ColourwayId { get; private set; }

    public string Url { get; private set; }

    /// <summary>Alt text in every language: screen readers and image search both read it.</summary>
    public LocalizedText Alt { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public int Position { get; private set; }

    internal void Describe(LocalizedText alt)
    {
        CheckAlt(alt);
        Alt = alt;
    }

    // A site path or a web link; on Unix "/media/x.svg" would otherwise parse as an absolute file URI.
    private static bool IsImageAddress(string url) =>
        url.Length <= 500 && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"));

    private static void CheckAlt(LocalizedText alt)
    {
        if (string.IsNullOrWhiteSpace(alt.En))
        {
            throw new DomainException("Every image needs alt text, at least in English.");
        }
    }
}
