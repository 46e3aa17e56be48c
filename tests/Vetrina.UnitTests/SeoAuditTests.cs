using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Seo;
using Vetrina.Kernel;

namespace Vetrina.UnitTests;

/// <summary>
/// The SEO audit on a small hand-made catalogue: a well-kept coat; a second "Coat" in English only, with two words of
/// description and its image described in English only; an empty collection; an old address whose product is gone and one now
/// taken by another product. Each finding is counted by hand.
/// </summary>
public sealed class SeoAuditTests
{
    private const string Long = "A double-breasted coat in boiled wool from the Biella hills, cut close at the shoulder and easy through the body, lined in cupro, with horn buttons and deep pockets.";

    private static readonly CatalogSnapshot Catalogue = new()
    {
        BuiltAt = DateTimeOffset.UnixEpoch,
        Styles =
        [
            Style(1, new LocalizedText("Coat", "Cappotto", "코트"), new LocalizedText(Long, Long, "보일드 울 더블 코트"), new LocalizedText("coat", "cappotto", "코트"),
                new LocalizedText("Coat, front", "Cappotto, davanti", "코트 앞면")),
            Style(2, new LocalizedText("Coat"), new LocalizedText("Short text."), new LocalizedText("style-2"), new LocalizedText("Coat")),
        ],
        Categories = [],
        Seasons = [],
        Collections =
        [
            new CollectionView(1, new LocalizedText("Coats"), new LocalizedText("coats"), new LocalizedText("Coats for winter"), new CollectionRule(), [1], false, 0),
            new CollectionView(2, new LocalizedText("Resort"), new LocalizedText("resort"), new LocalizedText("Resort wear"), new CollectionRule(), [], false, 1),
        ],
        RetiredHandles = [new RetiredHandle(1, "en", "old-coat"), new RetiredHandle(99, "en", "ghost"), new RetiredHandle(1, "en", "style-2")],
    };

    private readonly IReadOnlyList<SeoFinding> findings = SeoAudit.Run(Catalogue);

    [Theory]
    [InlineData(SeoIssue.MissingTranslation, 2)]
    [InlineData(SeoIssue.DuplicateTitle, 2)]
    [InlineData(SeoIssue.ThinPage, 2)]
    [InlineData(SeoIssue.ImageWithoutAlt, 2)]
    [InlineData(SeoIssue.EmptyCollection, 3)]
    [InlineData(SeoIssue.BrokenRedirect, 2)]
    public void EachIssue_IsFoundAsManyTimesAsItOccurs(SeoIssue issue, int expected) => Assert.Equal(expected, findings.Count(f => f.Issue == issue));

    [Fact]
    public void EachFinding_SaysWhereAndLinksToItsFix()
    {
        var untranslated = findings.Where(f => f.Issue == SeoIssue.MissingTranslation).ToList();
        Assert.Equal(["it", "ko"], untranslated.Select(f => f.Language));
        Assert.All(untranslated, f => Assert.Equal(("/admin/styles/S2", "No name, description, address in " + f.Language + ": the page shows English."), (f.FixPath, f.Detail)));
        Assert.Equal(["/en/products/ghost", "/en/products/style-2"], findings.Where(f => f.Issue == SeoIssue.BrokenRedirect).Select(f => f.Subject));
        Assert.Equal("/it/collections/resort", findings.Single(f => f.Issue == SeoIssue.EmptyCollection && f.Language == "it").FixPath);
    }

    private static StyleView Style(int id, LocalizedText name, LocalizedText description, LocalizedText handle, LocalizedText alt) => new(
        id, $"S{id}", name, description, new LocalizedText("c"), handle, 1, [1], 1, "FW26", Gender.Women, Lifecycle.FullPrice, false, "IT",
        [new FibreShare(Fibre.Wool, 100)], SizeType.WomenLetter, [new PriceView("IT", Currency.Eur, 39_000, null, 39_000, null)],
        [new ColourwayView(id, "BLK", new LocalizedText("Black"), ColourFamily.Black, "#000000", [new ImageView($"/media/S{id}.svg", alt, 800, 1000)],
            [new SkuView(id * 10, $"S{id}-M", "M", 2, "8050000000001")])],
        DateTimeOffset.UnixEpoch, 1);
}
