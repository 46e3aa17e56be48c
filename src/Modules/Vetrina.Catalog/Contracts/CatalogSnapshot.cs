using System.ComponentModel;
using System.Text.Json.Serialization;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;

namespace Vetrina.Catalog.Contracts;

/// <summary>
/// The listed catalogue as the storefront and the public API read it: immutable, built from the database in a few
/// queries, shared by every request of a node. <see cref="CatalogSnapshotCache"/> keeps it in the shared cache.
/// </summary>
[ImmutableObject(true)]
public sealed class CatalogSnapshot
{
    private Dictionary<(string Language, string Handle), StyleView>? byHandle;
    private Dictionary<(string Language, string Handle), StyleView>? byRetiredHandle;
    private Dictionary<(string Language, string Handle), CollectionView>? collectionsByHandle;
    private Dictionary<int, StyleView>? byId;
    private Dictionary<int, CategoryView>? categoriesById;
    private Dictionary<string, SkuEntry>? skusByCode;
    private Dictionary<int, SkuEntry>? skusById;

    public required DateTimeOffset BuiltAt { get; init; }

    public required IReadOnlyList<StyleView> Styles { get; init; }

    public required IReadOnlyList<CategoryView> Categories { get; init; }

    public required IReadOnlyList<SeasonView> Seasons { get; init; }

    public required IReadOnlyList<CollectionView> Collections { get; init; }

    public required IReadOnlyList<RetiredHandle> RetiredHandles { get; init; }

    /// <summary>A version that changes whenever the snapshot is rebuilt: ETags and the search index key on it.</summary>
    [JsonIgnore]
    public string Version => BuiltAt.UtcTicks.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    public StyleView? FindStyle(string language, string handle) =>
        (byHandle ??= Styles.SelectMany(s => Languages.All.Select(l => (Key: (l, s.Handle.Get(l)), Style: s)))
            .DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Style)).GetValueOrDefault((language, handle));

    /// <summary>The style an old slug pointed at, for a 301 to its current one.</summary>
    public StyleView? FindRetired(string language, string handle) =>
        (byRetiredHandle ??= RetiredHandles
            .Where(r => FindStyle(r.StyleId) is not null)
            .DistinctBy(r => (r.Language, r.Handle))
            .ToDictionary(r => (r.Language, r.Handle), r => FindStyle(r.StyleId)!)).GetValueOrDefault((language, handle));

    public StyleView? FindStyle(int id) => (byId ??= Styles.ToDictionary(s => s.Id)).GetValueOrDefault(id);

    public StyleView? FindStyleByCode(string code) =>
        Styles.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    public CollectionView? FindCollection(string language, string handle) =>
        (collectionsByHandle ??= Collections.SelectMany(c => Languages.All.Select(l => (Key: (l, c.Handle.Get(l)), Collection: c)))
            .DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Collection)).GetValueOrDefault((language, handle));

    /// <summary>A listed SKU with its style and colourway, by SKU code (case-insensitive).</summary>
    public SkuEntry? FindSku(string code) =>
        (skusByCode ??= SkuEntries().ToDictionary(e => e.Sku.Code, StringComparer.OrdinalIgnoreCase)).GetValueOrDefault(code);

    public SkuEntry? FindSku(int id) => (skusById ??= SkuEntries().ToDictionary(e => e.Sku.Id)).GetValueOrDefault(id);

    public CategoryView? FindCategory(int id) => (categoriesById ??= Categories.ToDictionary(c => c.Id)).GetValueOrDefault(id);

    public SeasonView? FindSeason(int id) => Seasons.FirstOrDefault(s => s.Id == id);

    private IEnumerable<SkuEntry> SkuEntries() =>
        Styles.SelectMany(s => s.Colourways.SelectMany(c => c.Skus.Select(k => new SkuEntry(s, c, k))));

    /// <summary>The chain from division down to the category, for breadcrumbs.</summary>
    public IReadOnlyList<CategoryView> CategoryPath(int categoryId)
    {
        var path = new List<CategoryView>();
        for (var category = FindCategory(categoryId); category is not null; category = category.ParentId is { } p ? FindCategory(p) : null)
        {
            path.Insert(0, category);
        }

        return path;
    }

    public IEnumerable<StyleView> StylesIn(CollectionView collection)
    {
        var manual = collection.StyleIds.ToHashSet();
        return Styles.Where(s => manual.Contains(s.Id) || (!collection.Rule.IsEmpty && Matches(collection.Rule, s)));
    }

    /// <summary>Whether one style is in a collection, placed there by hand or by its rule.</summary>
    public static bool Contains(CollectionView collection, StyleView style) =>
        collection.StyleIds.Contains(style.Id) || (!collection.Rule.IsEmpty && Matches(collection.Rule, style));

    private static bool Matches(CollectionRule rule, StyleView style) =>
        (rule.CategoryId is not { } category || style.CategoryPath.Contains(category))
        && (rule.SeasonId is not { } season || style.SeasonId == season)
        && (rule.Gender is not { } gender || style.Gender == gender || style.Gender == Gender.Unisex)
        && (!rule.OnlyMarkdown || LifecycleRules.SellsAtMarkdown(style.Lifecycle))
        && (!rule.OnlyNewIn || style.Lifecycle == Lifecycle.NewIn);
}

public sealed record StyleView(
    int Id,
    string Code,
    LocalizedText Name,
    LocalizedText Description,
    LocalizedText Care,
    LocalizedText Handle,
    int CategoryId,
    IReadOnlyList<int> CategoryPath,
    int SeasonId,
    string SeasonCode,
    Gender Gender,
    Lifecycle Lifecycle,
    bool TakesPreorders,
    string CountryOfOrigin,
    IReadOnlyList<FibreShare> Composition,
    SizeType SizeType,
    IReadOnlyList<PriceView> Prices,
    IReadOnlyList<ColourwayView> Colourways,
    DateTimeOffset CreatedAt,
    int Revision,
    DateTimeOffset? MarkdownSince = null)
{
    private string[]? colourKeys;
    private string[]? sizeKeys;
    private string? materialKey;

    [JsonIgnore]
    public Fibre MainFibre => Domain.Composition.MainFibre(Composition);

    /// <summary>The colour families of the style's colourways, as facet keys; computed once per snapshot.</summary>
    [JsonIgnore]
    public string[] ColourKeys => colourKeys ??= [.. Colourways.Select(c => Browsing.CatalogBrowser.Key(c.Family)).Distinct()];

    /// <summary>Every size the style comes in, in stock or not.</summary>
    [JsonIgnore]
    public string[] SizeKeys => sizeKeys ??= [.. Skus.Select(k => k.Size).Distinct()];

    [JsonIgnore]
    public string MaterialKey => materialKey ??= Browsing.CatalogBrowser.Key(MainFibre);

    [JsonIgnore]
    public bool IsPurchasable => LifecycleRules.IsPurchasable(Lifecycle) || IsPreorder;

    /// <summary>Sold ahead of its delivery: every unit bought ships when the stock arrives.</summary>
    [JsonIgnore]
    public bool IsPreorder => Lifecycle == Lifecycle.ComingSoon && TakesPreorders;

    public PriceView? PriceIn(string market) => Prices.FirstOrDefault(p => p.Market == market);

    [JsonIgnore]
    public IEnumerable<SkuView> Skus => Colourways.SelectMany(c => c.Skus);
}

public sealed record PriceView(string Market, Currency Currency, long Full, long? Markdown, long Selling, long? LowestPrior)
{
    [JsonIgnore]
    public Money SellingPrice => new(Selling, Currency);

    [JsonIgnore]
    public Money FullPrice => new(Full, Currency);

    [JsonIgnore]
    public Money? LowestPriorPrice => LowestPrior is { } amount ? new Money(amount, Currency) : null;

    [JsonIgnore]
    public bool IsMarkedDown => Selling < Full;

    /// <summary>Percentage off the full price, rounded down so it never overstates the saving.</summary>
    [JsonIgnore]
    public int PercentOff => IsMarkedDown ? (int)((Full - Selling) * 100 / Full) : 0;
}

public sealed record ColourwayView(int Id, string Code, LocalizedText Name, ColourFamily Family, string Hex, IReadOnlyList<ImageView> Images, IReadOnlyList<SkuView> Skus);

public sealed record ImageView(string Url, LocalizedText Alt, int Width, int Height);

public sealed record SkuView(int Id, string Code, string Size, int SizePosition, string Gtin);

/// <summary>A SKU where it sits: what a cart line or an order line shows of it.</summary>
public sealed record SkuEntry(StyleView Style, ColourwayView Colourway, SkuView Sku);

public sealed record CategoryView(int Id, int? ParentId, string Code, LocalizedText Name, CategoryLevel Level, SizeType SizeType);

public sealed record SeasonView(int Id, string Code, LocalizedText Name, DateOnly? EndsOn = null);

public sealed record CollectionView(int Id, LocalizedText Title, LocalizedText Handle, LocalizedText Description, CollectionRule Rule, IReadOnlyList<int> StyleIds, bool IsFeatured, int Position);

public sealed record RetiredHandle(int StyleId, string Language, string Handle);
