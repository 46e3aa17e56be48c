using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Storefront.Pages.Store;

// Same page for every shopper of a market: served from the output cache (no per-shopper content on it).
[OutputCache(PolicyName = StorefrontModule.PageCachePolicy)]
internal sealed class ProductModel : StorePageModel
{
    public const int LowStock = IStockAvailability.LowStockThreshold;

    public StyleView Style { get; private set; } = null!;

    public ColourwayView Colourway { get; private set; } = null!;

    public IReadOnlyDictionary<int, SkuStock> Available { get; private set; } = new Dictionary<int, SkuStock>();

    public IReadOnlyList<CategoryView> Path { get; private set; } = [];

    /// <summary>The gallery's width: the screen on a phone, half of it from 600 px, half of three fifths from 900 px.</summary>
    public const string GallerySizes = "(min-width: 900px) 30vw, (min-width: 600px) 50vw, 100vw";

    public SizeChart Chart { get; private set; } = null!;

    /// <summary>The size system shoppers of this market read (KR in Korea), shown next to the brand's own sizes.</summary>
    public SizeSystem MarketSystem => Market.Code == "KR" ? SizeSystem.Kr : Market.Code == "INTL" ? SizeSystem.Us : SizeSystem.It;

    public async Task<IActionResult> OnGetAsync(string handle, string? colour)
    {
        var style = Snapshot.FindStyle(Language, handle);
        if (style is null)
        {
            var moved = Snapshot.FindRetired(Language, handle) ?? FindInOtherLanguage(handle);
            return moved is null
                ? NotFound()
                : RedirectPermanent($"/{Language}/products/{moved.Handle.Get(Language)}{Request.QueryString}");
        }

        if (style.PriceIn(Market.Code) is null || style.Colourways.Count == 0)
        {
            return NotFound();
        }

        Style = style;
        Colourway = style.Colourways.FirstOrDefault(c => string.Equals(c.Code, colour, StringComparison.OrdinalIgnoreCase)) ?? style.Colourways[0];
        Available = await HttpContext.RequestServices.GetRequiredService<IStockAvailability>()
            .StyleOnlineAsync(style.Id, [.. style.Skus.Select(k => k.Id)], HttpContext.RequestAborted);
        Path = Snapshot.CategoryPath(style.CategoryId);
        Chart = SizeChart.For(style.SizeType);

        Title = $"{style.Name.Get(Language)} · {Colourway.Name.Get(Language)} · Vetrina";
        MetaDescription = style.Description.Get(Language);
        OgType = "product";
        OgImage = Colourway.Images.Count > 0 ? Colourway.Images[0].Url : null;
        LeadImage = Colourway.Images.Count > 0 ? (Colourway.Images[0], GallerySizes) : null;
        PathIn = language => $"/{language}/products/{style.Handle.Get(language)}";
        var crumbs = new List<(string, string)> { (Text.Home, $"/{Language}") };
        crumbs.Add((style.Name.Get(Language), $"/{Language}/products/{style.Handle.Get(Language)}"));
        StructuredData.Add(JsonLd.ProductGroup(this, style, Available));
        var price = style.PriceIn(Market.Code)!;
        Tracking.Add(new TrackedEvent("view_item", new
        {
            currency = price.Currency.Code,
            value = new Money(price.Selling, price.Currency).Major,
            items = new[] { TrackedEvent.Item(style, price, Language) },
        }));
        StructuredData.Add(JsonLd.Breadcrumbs(this, crumbs));
        return Page();
    }

    public string SizeLabel(SkuView sku)
    {
        if (Chart.Type == SizeType.OneSize || MarketSystem == Chart.BaseSystem)
        {
            return sku.Size;
        }

        var converted = Chart.Convert(sku.Size, MarketSystem);
        return converted is null || converted == sku.Size ? sku.Size : $"{sku.Size} ({MarketSystem.ToString().ToUpperInvariant()} {converted})";
    }

    public SkuStock StockOf(SkuView sku) => Available.GetValueOrDefault(sku.Id, SkuStock.None);

    private StyleView? FindInOtherLanguage(string handle) =>
        Vetrina.Kernel.Languages.All.Where(l => l != Language).Select(l => Snapshot.FindStyle(l, handle)).FirstOrDefault(s => s is not null);
}
