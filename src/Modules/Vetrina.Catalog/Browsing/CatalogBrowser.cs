using Vetrina.Catalog.Domain;
using Vetrina.Catalog.ReadModel;
using Vetrina.Kernel;

namespace Vetrina.Catalog.Browsing;

/// <summary>
/// Filters, counts facets and pages a set of styles for one market. Facet counts are disjunctive, as shoppers
/// expect: a facet's counts apply every filter but its own.
/// </summary>
public static class CatalogBrowser
{
    public const string SizeFacet = "size";
    public const string ColourFacet = "colour";
    public const string SeasonFacet = "season";
    public const string MaterialFacet = "material";
    public const string PriceFacet = "price";

    /// <param name="available">Units available online per SKU id; sizes with none are not offered as a filter.</param>
    public static BrowseResult Browse(IEnumerable<StyleView> styles, string market, BrowseRequest request, IReadOnlyDictionary<int, int>? available = null)
    {
        var candidates = styles.Where(s => s.PriceIn(market) is not null).ToList();
        var currency = candidates.Select(s => s.PriceIn(market)!.Currency).FirstOrDefault();

        bool InStock(SkuView sku) => available is null || available.GetValueOrDefault(sku.Id) > 0;
        IEnumerable<string> SizesOf(StyleView s) => s.Skus.Where(InStock).Select(k => k.Size);

        bool PassSize(StyleView s) => request.Sizes.Count == 0 || SizesOf(s).Any(size => request.Sizes.Contains(size, StringComparer.OrdinalIgnoreCase));
        bool PassColour(StyleView s) => request.Colours.Count == 0 || s.Colourways.Any(c => request.Colours.Contains(Key(c.Family), StringComparer.OrdinalIgnoreCase));
        bool PassSeason(StyleView s) => request.Seasons.Count == 0 || request.Seasons.Contains(s.SeasonCode, StringComparer.OrdinalIgnoreCase);
        bool PassMaterial(StyleView s) => request.Materials.Count == 0 || request.Materials.Contains(Key(s.MainFibre), StringComparer.OrdinalIgnoreCase);
        bool PassPrice(StyleView s)
        {
            var price = s.PriceIn(market)!.SellingPrice.Major;
            return (request.PriceMin is not { } min || price >= min) && (request.PriceMax is not { } max || price < max);
        }

        var filters = new (string Name, Func<StyleView, bool> Pass)[]
        {
            (SizeFacet, PassSize), (ColourFacet, PassColour), (SeasonFacet, PassSeason), (MaterialFacet, PassMaterial), (PriceFacet, PassPrice),
        };

        List<StyleView> Except(string facet) => [.. candidates.Where(s => filters.Where(f => f.Name != facet).All(f => f.Pass(s)))];

        var matching = candidates.Where(s => filters.All(f => f.Pass(s))).ToList();

        var facets = new List<Facet>
        {
            Count(SizeFacet, Except(SizeFacet).SelectMany(s => SizesOf(s).Distinct()), request.Sizes, SizeOrder(Except(SizeFacet))),
            Count(ColourFacet, Except(ColourFacet).SelectMany(s => s.Colourways.Select(c => Key(c.Family)).Distinct()), request.Colours),
            Count(SeasonFacet, Except(SeasonFacet).Select(s => s.SeasonCode), request.Seasons),
            Count(MaterialFacet, Except(MaterialFacet).Select(s => Key(s.MainFibre)), request.Materials),
        };
        if (currency is not null)
        {
            facets.Add(PriceBands(Except(PriceFacet), market, currency, request));
        }

        IEnumerable<StyleView> sorted = request.Sort switch
        {
            SortOrder.Newest => matching.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Code),
            SortOrder.PriceAscending => matching.OrderBy(s => s.PriceIn(market)!.Selling).ThenBy(s => s.Code),
            SortOrder.PriceDescending => matching.OrderByDescending(s => s.PriceIn(market)!.Selling).ThenBy(s => s.Code),
            _ => matching,
        };

        var pageSize = Math.Clamp(request.PageSize, 1, BrowseRequest.MaxPageSize);
        var page = Math.Max(1, request.Page);
        var skip = (long)(page - 1) * pageSize;
        var items = skip >= matching.Count ? [] : sorted.Skip((int)skip).Take(pageSize).ToList();
        return new BrowseResult(items, matching.Count, page, pageSize, facets);
    }

    public static string Key(ColourFamily family) => family.ToString().ToLowerInvariant();

    public static string Key(Fibre fibre) => fibre.ToString().ToLowerInvariant();

    /// <summary>Price bands in round figures of the currency: 100/200/400 for EUR and USD, 150,000/300,000/600,000 for KRW.</summary>
    public static IReadOnlyList<(decimal? Min, decimal? Max)> Bands(Currency currency)
    {
        var unit = currency.MinorDigits == 0 ? 1500m : 1m;
        return [(null, 100 * unit), (100 * unit, 200 * unit), (200 * unit, 400 * unit), (400 * unit, null)];
    }

    public static string BandKey((decimal? Min, decimal? Max) band) =>
        FormattableString.Invariant($"{band.Min}-{band.Max}");

    private static Facet PriceBands(List<StyleView> styles, string market, Currency currency, BrowseRequest request)
    {
        var values = Bands(currency).Select(band =>
        {
            var count = styles.Count(s =>
            {
                var price = s.PriceIn(market)!.SellingPrice.Major;
                return (band.Min is not { } min || price >= min) && (band.Max is not { } max || price < max);
            });
            var selected = request.PriceMin == band.Min && request.PriceMax == band.Max;
            return new FacetValue(BandKey(band), count, selected);
        }).Where(v => v.Count > 0 || v.Selected).ToList();
        return new Facet(PriceFacet, values);
    }

    private static Func<string, int> SizeOrder(List<StyleView> styles)
    {
        var positions = styles.SelectMany(s => s.Skus).GroupBy(k => k.Size).ToDictionary(g => g.Key, g => g.Min(k => k.SizePosition));
        return size => positions.GetValueOrDefault(size);
    }

    private static Facet Count(string name, IEnumerable<string> values, IReadOnlyList<string> selected, Func<string, int>? order = null)
    {
        var counts = values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Select(g => (Value: g.Key, Count: g.Count())).ToList();
        foreach (var value in selected.Where(v => counts.All(c => !string.Equals(c.Value, v, StringComparison.OrdinalIgnoreCase))))
        {
            counts.Add((value, 0));
        }

        var ordered = order is null
            ? counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            : counts.OrderBy(c => order(c.Value)).ThenBy(c => c.Value.Length).ThenBy(c => c.Value, StringComparer.Ordinal);
        return new Facet(name, [.. ordered.Select(c => new FacetValue(c.Value, c.Count, selected.Contains(c.Value, StringComparer.OrdinalIgnoreCase)))]);
    }
}
