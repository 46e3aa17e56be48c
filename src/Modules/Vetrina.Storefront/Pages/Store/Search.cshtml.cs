using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Pages.Store;

// Same page for every shopper of a market: served from the output cache (no per-shopper content on it).
[OutputCache(PolicyName = StorefrontModule.PageCachePolicy)]
internal sealed class SearchModel : ListingPageModel
{
    public string Query { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? q)
    {
        Query = (q ?? string.Empty).Trim();
        if (Query.Length > ICatalogBrowser.MaxQueryLength)
        {
            Query = Query[..ICatalogBrowser.MaxQueryLength];
        }

        Indexable = false;
        PathIn = language => $"/{language}/search?q={Uri.EscapeDataString(Query)}";
        Title = $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, Text.SearchResultsFor, Query)} · Vetrina";
        if (!TryReadRequest(out var request))
        {
            return NotFound();
        }

        var browser = HttpContext.RequestServices.GetRequiredService<ICatalogBrowser>();
        Result = Query.Length == 0
            ? browser.Browse([], Market.Code, request, null)
            : await browser.SearchAsync(Language, Market.Code, Query, request, await AvailabilityAsync(), HttpContext.RequestAborted);
        if (Result.IsPageOutOfRange && Result.Total > 0)
        {
            return NotFound();
        }

        if (Query.Length > 0)
        {
            Tracking.Add(new TrackedEvent("search", new { search_term = Query.Length > 100 ? Query[..100] : Query }));
        }

        return Page();
    }
}
