using SkiaSharp;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Media;

namespace Vetrina.UnitTests;

public sealed class DemoPhotosTests
{
    [Theory]
    [InlineData("VT-WKN-FW26-01", SizeType.WomenLetter, "#1F2A44", 1)]
    [InlineData("VT-WSH-FW26-02", SizeType.WomenShoes, "#F2EFE8", 2)]
    [InlineData("VT-MTR-SS26-03", SizeType.MenApparel, "#8B0000", 3)]
    public void ADemoPhotograph_WeighsWhatABrandsExportWeighs_AndIsTheSameOnEveryNode(string style, SizeType type, string hex, int view)
    {
        var jpeg = DemoPhotos.Jpeg(style, type, "C1", hex, view);
        Assert.InRange(jpeg.Length, 200 * 1024, 400 * 1024);
        using var decoded = SKBitmap.Decode(jpeg);
        Assert.Equal((DemoPhotos.Width, DemoPhotos.Height), (decoded.Width, decoded.Height));
        Assert.Equal(jpeg, DemoPhotos.Jpeg(style, type, "C1", hex, view));
        Assert.NotEqual(jpeg, DemoPhotos.Jpeg(style, type, "C2", hex, view));
    }
}
