using Vetrina.Catalog.Browsing;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;

namespace Vetrina.UnitTests;

public sealed class CatalogBrowserTests
{
    private static readonly StyleView[] Styles =
    [
        View(1, ColourFamily.Navy, Fibre.Wool, 120, "FW26", ["S", "M"]),
        View(2, ColourFamily.Black, Fibre.Cashmere, 350, "FW26", ["M", "L"]),
        View(3, ColourFamily.Navy, Fibre.Cotton, 80, "SS26", ["L"]),
    ];

    [Fact]
    public void Facets_CountEveryFilterButTheirOwn()
    {
        var result = CatalogBrowser.Browse(Styles, "IT", new BrowseRequest { Colours = ["navy"] });

        Assert.Equal([1, 3], result.Items.Select(s => s.Id));
        var colours = result.Facets.Single(f => f.Name == FacetNames.Colour).Values;
        Assert.Equal(2, colours.Single(v => v.Value == "navy").Count);
        Assert.Equal(1, colours.Single(v => v.Value == "black").Count); // selecting navy does not hide black
        var sizes = result.Facets.Single(f => f.Name == FacetNames.Size).Values;
        Assert.Equal(["S", "M", "L"], sizes.Select(v => v.Value)); // in size-run order
        Assert.Equal(1, sizes.Single(v => v.Value == "M").Count);
    }

    [Fact]
    public void SizesOfSeveralSystems_AreGroupedBySystem_EachInSizeOrder()
    {
        StyleView[] mixed =
        [
            View(1, ColourFamily.Navy, Fibre.Wool, 120, "FW26", ["M", "XS"]),
            View(4, ColourFamily.Black, Fibre.Wool, 300, "FW26", ["40", "36"], SizeType.WomenShoes),
            View(5, ColourFamily.Black, Fibre.Wool, 200, "FW26", ["44", "38"], SizeType.WomenApparel),
            View(6, ColourFamily.Black, Fibre.Wool, 200, "FW26", ["S"]),
        ];

        var sizes = CatalogBrowser.Browse(mixed, "IT", new BrowseRequest()).Facets.Single(f => f.Name == FacetNames.Size).Values;

        Assert.Equal([("XS", SizeGroup.Letter), ("S", SizeGroup.Letter), ("M", SizeGroup.Letter), ("38", SizeGroup.Clothing), ("44", SizeGroup.Clothing),
            ("36", SizeGroup.Shoes), ("40", SizeGroup.Shoes)], sizes.Select(v => (v.Value, v.Group!.Value)));
    }

    [Fact]
    public void SoldOutSizes_AreNotOfferedAsFilters()
    {
        var available = Styles.SelectMany(s => s.Skus).ToDictionary(k => k.Id, k => k.Size == "L" ? 0 : 5);
        var result = CatalogBrowser.Browse(Styles, "IT", new BrowseRequest { Sizes = ["L"] }, available);
        Assert.Empty(result.Items);
        Assert.DoesNotContain(result.Facets.Single(f => f.Name == FacetNames.Size).Values, v => v.Value == "L" && v.Count > 0);
    }

    [Fact]
    public void PriceBands_AreHalfOpen_AndSortWorks()
    {
        var result = CatalogBrowser.Browse(Styles, "IT", new BrowseRequest { PriceMin = 100, PriceMax = 400, Sort = SortOrder.PriceDescending });
        Assert.Equal([2, 1], result.Items.Select(s => s.Id));
        var bands = result.Facets.Single(f => f.Name == FacetNames.Price).Values;
        Assert.Equal(1, bands.Single(v => v.Value == "-100").Count);
    }

    [Fact]
    public void Paging_BeyondTheLastPage_IsOutOfRange()
    {
        var result = CatalogBrowser.Browse(Styles, "IT", new BrowseRequest { Page = int.MaxValue, PageSize = 2 });
        Assert.True(result.IsPageOutOfRange);
        Assert.Empty(result.Items);
        Assert.Equal(2, result.PageCount);
    }

    private static StyleView View(int id, ColourFamily colour, Fibre fibre, int euros, string season, string[] sizes, SizeType type = SizeType.WomenLetter) => new(
        id, $"S{id}", new LocalizedText($"Style {id}"), new LocalizedText("d"), new LocalizedText("c"), new LocalizedText($"style-{id}"),
        1, [1], 1, season, Gender.Women, Lifecycle.FullPrice, false, "IT", [new FibreShare(fibre, 100)], type,
        [new PriceView("IT", Currency.Eur, euros * 100L, null, euros * 100L, null)],
        [new ColourwayView(id, "C", new LocalizedText("c"), colour, "#000000", [],
            [.. sizes.Select(s => new SkuView((id * 10) + Array.IndexOf(SizeChart.For(type).BaseSizes.ToArray(), s), $"S{id}-{s}", s, SizeChart.For(type).PositionOf(s), "0"))])],
        DateTimeOffset.UnixEpoch.AddDays(id), 1);
}
