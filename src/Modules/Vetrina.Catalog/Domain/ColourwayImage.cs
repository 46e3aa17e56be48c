using Vetrina.Kernel;

namespace Vetrina.Catalog.Domain;

public sealed class ColourwayImage
{
    private ColourwayImage()
    {
        Url = null!;
        Alt = null!;
    }

    internal ColourwayImage(string url, LocalizedText alt, int width, int height, int position)
    {
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
}
