using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;

namespace Vetrina.Storefront.Pages.Store;

// Same page for every shopper of a market: served from the output cache (no per-shopper content on it).
[OutputCache(PolicyName = StorefrontModule.PageCachePolicy)]
internal sealed class CollectionModel : ListingPageModel
{
    public CollectionView Collection { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string handle)
    {
        var collection = Snapshot.FindCollection(Language, handle);
        if (collection is null)
        {
            return NotFound();
        }

        if (collection.Handle.Get(Language) != handle)
        {
            // A handle of another language: send the shopper to this language's.
            return RedirectPermanent($"/{Language}/collections/{collection.Handle.Get(Language)}{Request.QueryString}");
        }

        if (!TryReadRequest(out var request))
        {
            return NotFound();
        }

        Collection = collection;
        Result = HttpContext.RequestServices.GetRequiredService<ICatalogBrowser>().Browse(Snapshot.StylesIn(collection), Market.Code, request, await AvailabilityAsync());
        if (Result.IsPageOutOfRange)
        {
            return NotFound();
        }

        Title = Result.Page > 1 ? $"{collection.Title.Get(Language)} · {string.Format(System.Globalization.CultureInfo.InvariantCulture, Text.Page, Result.Page, Result.PageCount)} · Vetrina" : $"{collection.Title.Get(Language)} · Vetrina";
        MetaDescription = collection.Description.Get(Language);
        var page = Result.Page > 1 ? $"?page={Result.Page}" : string.Empty;
        PathIn = language => $"/{language}/collections/{collection.Handle.Get(language)}{page}";
        // Filtered views are many and thin; only the collection itself (and its pages) should be indexed.
        Indexable = !request.HasFilters;
        StructuredData.Add(JsonLd.Breadcrumbs(this, [(Text.Home, $"/{Language}"), (collection.Title.Get(Language), $"/{Language}/collections/{handle}")]));
        Tracking.Add(new TrackedEvent("view_item_list", new
        {
            item_list_id = collection.Handle.Get(Languages.English),
            currency = Market.Currency.Code,
            items = Result.Items.Take(TrackedEvent.ListedItems).Select(s => TrackedEvent.Item(s, s.PriceIn(Market.Code)!, Language)).ToArray(),
        }));
        return Page();
    }
}
