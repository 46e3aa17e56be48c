using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Privacy.Contracts;
using Vetrina.Storefront.Localization;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Pages;

/// <summary>
/// What every storefront page knows: the language (from the URL), the market (from the shopper's choice, else the
/// language's), the interface text, the catalogue snapshot, and the SEO head it renders.
/// </summary>
[AllowAnonymous]
internal abstract class StorePageModel : PageModel
{
    public const string MarketCookie = "vetrina_market";

    public string Language { get; private set; } = Languages.Default;

    public StoreText Text { get; private set; } = StoreText.English;

    public MarketView Market { get; private set; } = null!;

    public IReadOnlyList<MarketView> Markets { get; private set; } = [];

    public CatalogSnapshot Snapshot { get; private set; } = null!;

    /// <summary>The shop's standing pages (terms, returns, shipping, privacy, company), linked from the footer and the checkout.</summary>
    public IReadOnlyList<Vetrina.Content.Contracts.ShopPageLink> ShopPages { get; private set; } = [];

    public string Title { get; protected set; } = "Vetrina";

    public string? MetaDescription { get; protected set; }

    /// <summary>Path of this page in another language, for hreflang links and the language switcher.</summary>
    public Func<string, string>? PathIn { get; protected set; }

    public bool Indexable { get; protected set; } = true;

    public string? OgImage { get; protected set; }

    /// <summary>
    /// The picture that is the page's largest paint, preloaded from the head at high priority so it starts before the
    /// style sheet and the body are read; with the <c>sizes</c> its &lt;img&gt; gives, so the browser fetches the same copy.
    /// </summary>
    public (ImageView Image, string Sizes)? LeadImage { get; protected set; }

    public string OgType { get; protected set; } = "website";

    public List<object> StructuredData { get; } = [];

    /// <summary>What the page tells analytics it showed (a product, a list, a search), besides the page view itself.</summary>
    public List<TrackedEvent> Tracking { get; } = [];

    /// <summary>The visitor's cookie choices; undecided, the layout shows the banner.</summary>
    public ConsentState Consent { get; private set; } = ConsentState.Undecided;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await ResolveCoreAsync(LanguageOf(context), context.HttpContext.RequestAborted);
        await next();
    }

    public string Abs(string path) => $"{Request.Scheme}://{Request.Host}{path}";

    public string CurrentPathIn(string language) => PathIn?.Invoke(language) ?? $"/{language}";

    protected virtual string LanguageOf(PageHandlerExecutingContext context) =>
        Languages.Normalize(context.RouteData.Values["lang"] as string);

    private async Task ResolveCoreAsync(string language, CancellationToken cancellationToken)
    {
        var services = HttpContext.RequestServices;
        var directory = services.GetRequiredService<IMarketDirectory>();
        Language = Languages.Normalize(language);
        Text = StoreText.For(Language);
        Markets = await directory.AllAsync(cancellationToken);
        Market = await directory.FindAsync(Request.Cookies[MarketCookie], cancellationToken)
            ?? await directory.DefaultForLanguageAsync(Language, cancellationToken);
        Snapshot = await services.GetRequiredService<ICatalogSnapshots>().GetAsync(cancellationToken);
        ShopPages = await services.GetRequiredService<Vetrina.Content.Contracts.IShopPages>().LinksAsync(cancellationToken);
        HttpContext.Response.Headers.ContentLanguage = Language;
        Consent = ConsentPolicy.Read(Request, services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    /// <summary>The page again with what was wrong, answered 422: the form was understood and refused.</summary>
    protected PageResult Refused()
    {
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
