using System.Text.RegularExpressions;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Domain;

internal sealed partial class Colourway
{
    private readonly List<Sku> skus = [];
    private readonly List<ColourwayImage> images = [];

    private Colourway()
    {
        Code = null!;
        Name = null!;
        Hex = null!;
    }

    internal Colourway(string code, LocalizedText name, ColourFamily family, string hex, int position)
    {
        if (!CodePattern().IsMatch(code))
        {
            throw new DomainException($"Colour code '{code}' should be 2 to 12 letters or digits.");
        }

        if (!Enum.IsDefined(family))
        {
            throw new DomainException($"'{family}' is not a colour family.");
        }

        if (!HexPattern().IsMatch(hex))
        {
            throw new DomainException($"'{hex}' is not a colour like #1B2A4A.");
        }

        Code = code.ToUpperInvariant();
        Name = name;
        Family = family;
        Hex = hex.ToUpperInvariant();
        Position = position;
    }

    public int Id { get; private set; }

    public int StyleId { get; private set; }

    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    public ColourFamily Family { get; private set; }

    public string Hex { get; private set; }

    public int Position { get; private set; }

    public IReadOnlyList<Sku> Skus => skus;

    public IReadOnlyList<ColourwayImage> Images => images;

    internal void Rename(LocalizedText name) => Name = name;

    internal void DescribeImage(int position, LocalizedText alt)
    {
        var image = images.FirstOrDefault(i => i.Position == position)
            ?? throw new DomainException($"Colourway {Code} has no image number {position + 1}.");
        image.Describe(alt);
    }

    public ColourwayImage AddImage(string url, LocalizedText alt, int width, int height)
    {
        var image = new ColourwayImage(url, alt, width, height, images.Count);
        images.Add(image);
        return image;
    }

    internal Sku AddSku(string code, string size, int sizePosition, string gtin)
    {
        if (skus.Any(s => string.Equals(s.Size, size, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Colourway {Code} already has size {size}.");
        }

        var sku = new Sku(code, size, sizePosition, gtin);
        skus.Add(sku);
        return sku;
    }

    [GeneratedRegex("^[A-Za-z0-9]{2,12}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexPattern();
}
