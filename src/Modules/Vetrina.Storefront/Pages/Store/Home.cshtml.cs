using Microsoft.AspNetCore.OutputCaching;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Pages.Store;

// Same page for every shopper of a market: served from the output cache (no per-shopper content on it).
[OutputCache(PolicyName = StorefrontModule.PageCachePolicy)]
internal sealed class HomeModel : StorePageModel
{
    public IReadOnlyList<StyleView> NewArrivals { get; private set; } = [];

    public CollectionView? Hero { get; private set; }

    public void OnGet()
    {
        Title = $"Vetrina · {Text.HeroTitle}";
        MetaDescription = Text.HeroText;
        PathIn = language => $"/{language}";
        NewArrivals = [.. Snapshot.Styles.Where(s => s.Lifecycle == Lifecycle.NewIn && s.PriceIn(Market.Code) is not null).Take(8)];
        Hero = Snapshot.Collections.FirstOrDefault(c => c.Rule.SeasonId is not null) ?? (Snapshot.Collections.Count > 0 ? Snapshot.Collections[0] : null);
        StructuredData.Add(JsonLd.Organization(this));
    }
}
