using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Contracts;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>A page of styles with facets: collections and search results share it.</summary>
internal abstract class ListingPageModel : StorePageModel
{
    private const int MaxFilterValues = 20;

    public BrowseResult Result { get; protected set; } = null!;

    public BrowseRequest Browse { get; private set; } = new();

    public string? PriceBand { get; private set; }

    /// <summary>Reads filters from the query string; anything malformed is ignored rather than failing the page.</summary>
    protected bool TryReadRequest(out BrowseRequest request)
    {
        var query = Request.Query;
        string[] Values(string key) => [.. query[key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Where(v => v.Length <= 40).Take(MaxFilterValues)];

        var page = 1;
        var pageText = query["page"].ToString();
        if (!string.IsNullOrEmpty(pageText) && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            request = Browse;
            return false;
        }

        decimal? min = null, max = null;
        var band = query["price"].ToString();
        var bandParts = band.Split('-');
        if (bandParts.Length == 2)
        {
            min = decimal.TryParse(bandParts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var lo) ? lo : null;
            max = decimal.TryParse(bandParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var hi) ? hi : null;
            PriceBand = min is null && max is null ? null : band;
        }

        request = Browse = new BrowseRequest
        {
            Sizes = Values("size"),
            Colours = Values("colour"),
            Seasons = Values("season"),
            Materials = Values("material"),
            PriceMin = min,
            PriceMax = max,
            Sort = SortOrders.Parse(query["sort"]),
            Page = page,
        };
        return true;
    }

    protected Task<IReadOnlyDictionary<int, int>> AvailabilityAsync() =>
        HttpContext.RequestServices.GetRequiredService<IStockAvailability>().RecentOnlineSellableAsync(HttpContext.RequestAborted);

    /// <summary>The current URL with one query parameter replaced (or removed when value is null), for page and sort links.</summary>
    public string WithQuery(string key, string? value)
    {
        var pairs = Request.Query.Where(q => q.Key != key && q.Key != "page")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .ToList();
        if (value is not null)
        {
            pairs.Add(new(key, value));
        }

        return Request.Path + QueryString.Create(pairs).ToUriComponent();
    }

    public IEnumerable<(string Key, string Value)> HiddenFields(params string[] keys) =>
        keys.SelectMany(k => Request.Query[k].Select(v => (k, v ?? string.Empty)));

    public string PageUrl(int page) => page == 1 ? WithQuery("page", null) : WithQuery("page", page.ToString(CultureInfo.InvariantCulture));
}
