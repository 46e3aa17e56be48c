using System.Security.Claims;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Cart.Contracts;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// The shopper's bag. Its cookie is SameSite=Lax, so a form posted from another site arrives without it and cannot
/// touch the shopper's bag: the forms need no antiforgery token, and product pages stay free of per-visitor cookies
/// (and cacheable) even though they post here.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class CartModel : StorePageModel
{
    private Guid? customerCart;

    public CartView? Bag { get; private set; }

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    /// <param name="added">The SKU just put in the bag, which this page tells analytics of (see <see cref="TrackAdded"/>).</param>
    /// <param name="units">How many of it.</param>
    public async Task<IActionResult> OnGetAsync(string? added, int? units)
    {
        await LoadAsync();
        if (added is not null)
        {
            Message = Text.AddedToBag;
            TrackAdded(added, units ?? 1);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string? sku, string? quantity)
    {
        if (string.IsNullOrWhiteSpace(sku))
        {
            return await FailAsync(Text.ChooseSizeFirst);
        }

        if (!int.TryParse(quantity ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var units) || units is < 1 or > BagLimits.MaxQuantity)
        {
            return await FailAsync(Format(Text.QuantityLimit, BagLimits.MaxQuantity));
        }

        var (bag, problem) = await Bags.AddAsync(await CartIdAsync(), Market, sku, units, CustomerId, HttpContext.RequestAborted);
        if (problem is not null)
        {
            return await FailAsync(Describe(problem));
        }

        BagCookie.Write(Response, bag!.Value);
        return Redirect($"/{Language}/cart?added={Uri.EscapeDataString(sku)}&units={units}");
    }

    public async Task<IActionResult> OnPostUpdateAsync(int line, string? quantity)
    {
        if (await CartIdAsync() is not { } id)
        {
            return Redirect($"/{Language}/cart");
        }

        if (!int.TryParse(quantity, NumberStyles.None, CultureInfo.InvariantCulture, out var units) || units > BagLimits.MaxQuantity)
        {
            return await FailAsync(Format(Text.QuantityLimit, BagLimits.MaxQuantity));
        }

        var (_, problem) = await Bags.SetQuantityAsync(id, Market, line, units, HttpContext.RequestAborted);
        return problem is null || problem.Error == CartError.UnknownLine ? Redirect($"/{Language}/cart") : await FailAsync(Describe(problem));
    }

    public Task<IActionResult> OnPostRemoveAsync(int line) => OnPostUpdateAsync(line, "0");

    private IBagCommands Bags => HttpContext.RequestServices.GetRequiredService<IBagCommands>();

    private IBagDirectory Directory => HttpContext.RequestServices.GetRequiredService<IBagDirectory>();

    /// <summary>
    /// The add to the bag, told from here rather than from the product page's form: only an add that succeeded counts, and
    /// this page (unlike the product page, cached for everyone) may name the bag, by which a bag filled today and bought
    /// on another day, or by a visitor counted without cookies, is still one bag in the abandonment rate.
    /// </summary>
    private void TrackAdded(string sku, int units)
    {
        if (Bag?.Lines.FirstOrDefault(l => l.Entry?.Sku.Code == sku) is not { Entry: { } entry, UnitPrice: { } price } || units < 1)
        {
            return;
        }

        Tracking.Add(new TrackedEvent("add_to_cart", new
        {
            currency = price.Currency.Code,
            value = (price * units).Major,
            cart_id = Bag.Id.ToString("N"),
            items = new[]
            {
                new { item_id = entry.Style.Code, item_name = entry.Style.Name.Get(Language), item_variant = entry.Sku.Size, price = price.Major, quantity = units },
            },
        }));
    }

    private async Task<IActionResult> FailAsync(string message)
    {
        await LoadAsync();
        Message = message;
        MessageIsError = true;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync()
    {
        Title = $"{Text.YourBag} · Vetrina";
        Indexable = false;
        PathIn = language => $"/{language}/cart";
        Response.Headers.CacheControl = "no-store";
        if (await CartIdAsync() is { } id)
        {
            Bag = await Directory.ViewAsync(id, Market, HttpContext.RequestAborted);
        }

        // Every change to the bag ends on this page, so here the link's count is set to the truth.
        BagCookie.Count(Response, Bag?.ItemCount ?? 0);
    }

    private string? CustomerId => User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>The bag in this browser, else a signed-in customer's own bag from another device (looked up once a request).</summary>
    private async Task<Guid?> CartIdAsync() =>
        BagCookie.Read(Request) ?? (CustomerId is { } customer ? customerCart ??= await Directory.CustomerBagIdAsync(customer, HttpContext.RequestAborted) : null);

    private string Describe(CartProblem problem) => problem.Error switch
    {
        CartError.NotEnoughStock when problem.Available == 0 => Text.SoldOut,
        CartError.NotEnoughStock => Text.NotEnoughLeft.Format(problem.Available ?? 0),
        CartError.QuantityOutOfRange => Format(Text.QuantityLimit, BagLimits.MaxQuantity),
        CartError.TooManyLines => Format(Text.BagFull, BagLimits.MaxLines),
        CartError.NotForSale => Text.NoLongerForSale,
        _ => Text.UnknownItem,
    };

    private static string Format(string template, int value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
