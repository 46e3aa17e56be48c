using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;

namespace Vetrina.UnitTests;

public sealed class CatalogDomainTests
{
    private static readonly DateTimeOffset Start = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Composition_NotAddingUpTo100_IsRejected()
    {
        var errors = Composition.Validate([new(Fibre.Wool, 80), new(Fibre.Cashmere, 10)]);
        Assert.Contains(errors, e => e.Contains("90%", StringComparison.Ordinal));
    }

    [Fact]
    public void Composition_IsParsedAndListedFromTheLargestShare()
    {
        Assert.True(Composition.TryParse("10% cashmere, 90% wool", out var shares, out var error), error);
        Assert.Equal("90% wool, 10% cashmere", Composition.Format(shares));
        Assert.False(Composition.TryParse("90% wool, 20% silk", out _, out _));
        Assert.False(Composition.TryParse("ninety wool", out _, out _));
    }

    [Theory]
    [InlineData(SizeType.WomenApparel, "42", SizeSystem.Kr, "66")]
    [InlineData(SizeType.WomenApparel, "42", SizeSystem.Uk, "10")]
    [InlineData(SizeType.WomenLetter, "M", SizeSystem.It, "42")]
    [InlineData(SizeType.MenApparel, "50", SizeSystem.Kr, "105")]
    [InlineData(SizeType.WomenShoes, "38", SizeSystem.Kr, "240")]
    [InlineData(SizeType.MenShoes, "42", SizeSystem.Us, "9")]
    public void SizeChart_ConvertsBetweenSystems(SizeType type, string size, SizeSystem to, string expected) =>
        Assert.Equal(expected, SizeChart.For(type).Convert(size, to));

    [Fact]
    public void EverySizeChart_GivesTheBodyInCentimetresForEverySize_AndShoesTheFootLengthTheirKoreanSizeNames()
    {
        foreach (var type in Enum.GetValues<SizeType>().Where(t => t != SizeType.OneSize))
        {
            var chart = SizeChart.For(type);
            Assert.NotEmpty(chart.Measures);
            Assert.Equal(chart.Rows.Count, chart.Body.Count);
            Assert.All(chart.Body, row => Assert.Equal(chart.Measures.Count, row.Count));
            // Each measurement grows with the size.
            Assert.All(Enumerable.Range(0, chart.Measures.Count), m => Assert.True(chart.Body.Zip(chart.Body.Skip(1)).All(p => p.First[m] < p.Second[m])));
        }

        Assert.Equal([BodyMeasure.FootLength], SizeChart.For(SizeType.WomenShoes).Measures);
        Assert.Equal(24m, SizeChart.For(SizeType.WomenShoes).Body[SizeChart.For(SizeType.WomenShoes).PositionOf("38")][0]);
        Assert.Equal([88m, 70m, 96m, 81m], SizeChart.For(SizeType.WomenApparel).Body[SizeChart.For(SizeType.WomenApparel).PositionOf("42")]);
        Assert.Equal(SizeChart.For(SizeType.WomenApparel).Body[2], SizeChart.For(SizeType.WomenLetter).Body[SizeChart.For(SizeType.WomenLetter).PositionOf("M")]);
        Assert.Empty(SizeChart.For(SizeType.OneSize).Measures);
    }

    [Fact]
    public void SizeChart_UnknownSize_HasNoConversion() => Assert.Null(SizeChart.For(SizeType.WomenApparel).Convert("99", SizeSystem.Kr));

    [Fact]
    public void Lifecycle_DecidesListingAndPrice()
    {
        var style = NewStyle();
        style.SetPrice("IT", Money.FromMajor(200, Currency.Eur), Money.FromMajor(140, Currency.Eur), Start);
        Assert.False(LifecycleRules.IsListed(style.Lifecycle));
        style.MoveTo(Lifecycle.FullPrice, Start);
        Assert.Equal(20000, style.SellingPrice("IT")!.Value.Minor);
        style.MoveTo(Lifecycle.Markdown, Start.AddDays(100));
        Assert.Equal(14000, style.SellingPrice("IT")!.Value.Minor);
        Assert.Equal(Start.AddDays(100), style.MarkdownSince);
        style.MoveTo(Lifecycle.Archived, Start.AddDays(200));
        Assert.False(LifecycleRules.IsListed(style.Lifecycle));
    }

    [Fact]
    public void Lifecycle_MarkdownWithoutAMarkdownPrice_IsRefused()
    {
        var style = NewStyle();
        style.SetPrice("IT", Money.FromMajor(200, Currency.Eur), null, Start);
        style.MoveTo(Lifecycle.FullPrice, Start);
        Assert.Throws<DomainException>(() => style.MoveTo(Lifecycle.Markdown, Start));
        Assert.Throws<DomainException>(() => style.MoveTo(Lifecycle.ComingSoon, Start));
    }

    [Fact]
    public void PreOrders_OpenOnlyWhileComingSoon_AndCloseWhenTheStyleMovesOn()
    {
        var style = NewStyle();
        style.SetPrice("IT", Money.FromMajor(200, Currency.Eur), null, Start);
        Assert.Throws<DomainException>(() => style.TakePreorders(true));
        style.MoveTo(Lifecycle.ComingSoon, Start);
        var revision = style.Revision;
        style.TakePreorders(true);
        Assert.True(style.TakesPreorders);
        Assert.Equal(revision + 1, style.Revision);
        style.MoveTo(Lifecycle.NewIn, Start.AddDays(30));
        Assert.False(style.TakesPreorders);
    }

    [Fact]
    public void PriceChanges_AreRecordedPerSkuAndMarket()
    {
        var style = NewStyle();
        style.SetPrice("IT", Money.FromMajor(200, Currency.Eur), Money.FromMajor(150, Currency.Eur), Start);
        style.MoveTo(Lifecycle.FullPrice, Start);
        style.MoveTo(Lifecycle.Markdown, Start.AddDays(60));
        var history = style.Colourways[0].Skus[0].PriceHistory.Select(h => (h.Amount, h.EffectiveFrom)).ToList();
        Assert.Equal([(20000L, Start), (15000L, Start.AddDays(60))], history);
    }

    [Fact]
    public void OmnibusPrice_IsTheLowestPriceOfThe30DaysBeforeTheReduction()
    {
        var eur = (long minor) => new Money(minor, Currency.Eur);
        var reduction = Start.AddDays(100);
        var history = new[]
        {
            (eur(25000), Start),                      // in force when the window opens
            (eur(22000), reduction.AddDays(-20)),     // a short promotion inside the window
            (eur(25000), reduction.AddDays(-13)),
            (eur(17500), reduction),                  // the reduction itself does not count
        };
        Assert.Equal(eur(22000), OmnibusPrice.LowestPriorPrice(history, reduction));

        var outside = new[] { (eur(19000), Start), (eur(25000), reduction.AddDays(-40)), (eur(17500), reduction) };
        Assert.Equal(eur(25000), OmnibusPrice.LowestPriorPrice(outside, reduction));
    }

    [Fact]
    public void Rename_KeepsTheOldSlugForRedirects()
    {
        var style = NewStyle();
        style.Rename(new LocalizedText("Brera cardigan", "Cardigan Brera", "브레라 가디건"));
        Assert.Equal("brera-cardigan", style.HandleFor("en"));
        Assert.Contains(style.Handles, h => h.Value == "brera-sweater" && !h.IsCurrent);
    }

    [Fact]
    public void Sku_WithASizeOutsideTheChart_IsRefused()
    {
        var style = NewStyle();
        Assert.Throws<DomainException>(() => style.AddSku(style.Colourways[0], SizeChart.For(SizeType.WomenLetter), "XXXL", Gtin.Complete("805900009999")));
        Assert.Throws<DomainException>(() => style.AddSku(style.Colourways[0], SizeChart.For(SizeType.WomenLetter), "L", "8059000099990"));
    }

    internal static Style NewStyle()
    {
        var style = new Style("VT-TEST-01", new LocalizedText("Brera sweater", "Maglione Brera", "브레라 스웨터"), new LocalizedText("Soft."), new LocalizedText("Dry clean."),
            1, 1, Gender.Women, "IT", [new FibreShare(Fibre.Wool, 100)], Start);
        var colourway = style.AddColourway("NAV", new LocalizedText("Navy"), ColourFamily.Navy, "#1F2A44");
        style.AddSku(colourway, SizeChart.For(SizeType.WomenLetter), "M", Gtin.Complete("805900000001"));
        return style;
    }

    [Fact]
    public void LifecyclePath_IsTheShortestRunOfAllowedMoves()
    {
        Assert.Equal([Lifecycle.NewIn, Lifecycle.Markdown], LifecycleRules.Path(Lifecycle.Draft, Lifecycle.Markdown));
        Assert.Equal([Lifecycle.NewIn], LifecycleRules.Path(Lifecycle.Draft, Lifecycle.NewIn));
        Assert.Empty(LifecycleRules.Path(Lifecycle.Markdown, Lifecycle.Markdown)!);
        Assert.Equal([Lifecycle.FullPrice, Lifecycle.Markdown], LifecycleRules.Path(Lifecycle.Archived, Lifecycle.Markdown));
        Assert.All(Enum.GetValues<Lifecycle>(), to => Assert.NotNull(LifecycleRules.Path(Lifecycle.Draft, to)));
    }

    [Fact]
    public void EnumNames_TakeNamesOnly_NeverNumbers()
    {
        Assert.True(Vetrina.Kernel.EnumNames.TryParse<Lifecycle>(" markdown ", out var stage));
        Assert.Equal(Lifecycle.Markdown, stage);
        Assert.False(Vetrina.Kernel.EnumNames.TryParse<Lifecycle>("3", out _));
        Assert.False(Vetrina.Kernel.EnumNames.TryParse<Lifecycle>("-1", out _));
        Assert.False(Vetrina.Kernel.EnumNames.TryParse<Lifecycle>("Draft,Markdown", out _));
        Assert.False(Vetrina.Kernel.EnumNames.TryParse<Lifecycle>("", out _));
        Assert.False(Vetrina.Kernel.EnumNames.TryParse<Lifecycle>(null, out _));
    }
}
