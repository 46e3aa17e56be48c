using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.ReadModel;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Browsing;

/// <summary>
/// Filters, counts facets and pages a set of styles for one market. Facet counts are disjunctive, as shoppers
/// expect: a facet's counts apply every filter but its own.
/// </summary>
internal static class CatalogBrowser
{
    private const int SizeBit = 1, ColourBit = 2, SeasonBit = 4, MaterialBit = 8, PriceBit = 16, AllBits = 31;

    /// <param name="available">Units available online per SKU id; sizes with none are not offered as a filter.</param>
    public static BrowseResult Browse(IEnumerable<StyleView> styles, string market, BrowseRequest request, IReadOnlyDictionary<int, int>? available = null)
    {
        // One pass decides, per style, which filters it passes (a bit each); facet counts then read the bits instead of
        // re-running every filter for every facet.
        var candidates = new List<(StyleView Style, PriceView Price, string[] Sizes, int Passes)>();
        var sizes = new HashSet<string>(request.Sizes, StringComparer.OrdinalIgnoreCase);
        var colours = new HashSet<string>(request.Colours, StringComparer.OrdinalIgnoreCase);
        var seasons = new HashSet<string>(request.Seasons, StringComparer.OrdinalIgnoreCase);
        var materials = new HashSet<string>(request.Materials, StringComparer.OrdinalIgnoreCase);
        foreach (var style in styles)
        {
            if (style.PriceIn(market) is not { } price)
            {
                continue;
            }

            var inStock = InStockSizes(style, available);
            var passes = 0;
            passes |= sizes.Count == 0 || inStock.Any(sizes.Contains) ? SizeBit : 0;
            passes |= colours.Count == 0 || style.ColourKeys.Any(colours.Contains) ? ColourBit : 0;
            passes |= seasons.Count == 0 || seasons.Contains(style.SeasonCode) ? SeasonBit : 0;
            passes |= materials.Count == 0 || materials.Contains(style.MaterialKey) ? MaterialBit : 0;
            passes |= InBand(price.SellingPrice.Major, request.PriceMin, request.PriceMax) ? PriceBit : 0;
            candidates.Add((style, price, inStock, passes));
        }

        var currency = candidates.Count > 0 ? candidates[0].Price.Currency : null;
        var matching = candidates.Where(c => c.Passes == AllBits).Select(c => c.Style).ToList();
        IEnumerable<T> Except<T>(int bit, Func<(StyleView Style, PriceView Price, string[] Sizes, int Passes), IEnumerable<T>> values) =>
            candidates.Where(c => (c.Passes | bit) == AllBits).SelectMany(values);

        // Each size in its system (letters, clothing, shoes: the most styles' where a number is both), then in size order.
        var sizePositions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var sizeSystems = new Dictionary<string, Dictionary<SizeGroup, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (style, sku) in candidates.Where(c => (c.Passes | SizeBit) == AllBits).SelectMany(c => c.Style.Skus.Select(k => (c.Style, k))))
        {
            sizePositions[sku.Size] = sizePositions.TryGetValue(sku.Size, out var position) ? Math.Min(position, sku.SizePosition) : sku.SizePosition;
            var systems = sizeSystems.TryGetValue(sku.Size, out var found) ? found : sizeSystems[sku.Size] = [];
            systems[SizeGroups.Of(style.SizeType)] = systems.GetValueOrDefault(SizeGroups.Of(style.SizeType)) + 1;
        }

        SizeGroup GroupOf(string size) => sizeSystems.TryGetValue(size, out var systems)
            ? systems.OrderByDescending(s => s.Value).ThenBy(s => s.Key).First().Key : SizeGroup.OneSize;
        var sizeFacet = Count(FacetNames.Size, Except(SizeBit, c => c.Sizes), request.Sizes,
            size => ((int)GroupOf(size) * 100_000) + sizePositions.GetValueOrDefault(size));
        var facets = new List<Facet>
        {
            sizeFacet with { Values = [.. sizeFacet.Values.Select(v => v with { Group = GroupOf(v.Value) })] },
            Count(FacetNames.Colour, Except(ColourBit, c => c.Style.ColourKeys), request.Colours),
            Count(FacetNames.Season, Except<string>(SeasonBit, c => [c.Style.SeasonCode]), request.Seasons),
            Count(FacetNames.Material, Except<string>(MaterialBit, c => [c.Style.MaterialKey]), request.Materials),
        };
        if (currency is not null)
        {
            facets.Add(PriceBands(Except<decimal>(PriceBit, c => [c.Price.SellingPrice.Major]).ToList(), currency, request));
        }

        IEnumerable<StyleView> sorted = request.Sort switch
        {
            SortOrder.Newest => matching.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Code, StringComparer.Ordinal),
            SortOrder.PriceAscending => matching.OrderBy(s => s.PriceIn(market)!.Selling).ThenBy(s => s.Code, StringComparer.Ordinal),
            SortOrder.PriceDescending => matching.OrderByDescending(s => s.PriceIn(market)!.Selling).ThenBy(s => s.Code, StringComparer.Ordinal),
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

    private static Facet PriceBands(List<decimal> prices, Currency currency, BrowseRequest request)
    {
        var values = Bands(currency)
            .Select(band => new FacetValue(BandKey(band), prices.Count(p => InBand(p, band.Min, band.Max)),
                request.PriceMin == band.Min && request.PriceMax == band.Max))
            .Where(v => v.Count > 0 || v.Selected).ToList();
        return new Facet(FacetNames.Price, values);
    }

    private static bool InBand(decimal price, decimal? min, decimal? max) => (min is not { } low || price >= low) && (max is not { } high || price < high);

    // Availability is one shared value for a few seconds; every listing in that time asks the same question per style.
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<int, int>, ConcurrentDictionary<int, string[]>> InStockMemo = new();

    private static string[] InStockSizes(StyleView style, IReadOnlyDictionary<int, int>? available) =>
        available is null
            ? style.SizeKeys
            : InStockMemo.GetValue(available, _ => new()).GetOrAdd(style.Id, static (_, state) => ComputeInStockSizes(state.style, state.available),
                (style, available));

    private static string[] ComputeInStockSizes(StyleView style, IReadOnlyDictionary<int, int> available)
    {
        var sizes = new List<string>(style.SizeKeys.Length);
        foreach (var sku in style.Skus)
        {
            if (available.GetValueOrDefault(sku.Id) > 0 && !sizes.Contains(sku.Size))
            {
                sizes.Add(sku.Size);
            }
        }

        return [.. sizes];
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
