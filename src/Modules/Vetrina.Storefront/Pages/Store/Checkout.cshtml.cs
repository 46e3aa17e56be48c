using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Analytics.Contracts;
using Vetrina.Cart.Contracts;
using Vetrina.Kernel;
using Vetrina.Orders.Contracts;
using Vetrina.Customers.Contracts;
using Vetrina.Kernel.Addresses;
using Vetrina.Payments.Contracts;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>
/// One-page checkout. The form carries a one-time token that is the placement's idempotency key (a double click makes
/// one order), and the total it showed for each delivery option, so that a price that changed meanwhile is shown to the
/// shopper instead of charged.
/// </summary>
[EnableRateLimiting(Orders.OrdersModule.PlacementLimit)]
[Data.Security.WindowLimit(Orders.OrdersModule.CheckoutLimit)]
internal sealed class CheckoutModel : StorePageModel
{
    [BindProperty] public string? Token { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public AddressForm Shipping { get; set; } = new();
    [BindProperty] public bool BillingSame { get; set; }
    [BindProperty] public AddressForm Billing { get; set; } = new();
    [BindProperty] public string? ShippingMethod { get; set; }
    [BindProperty] public bool MarketingConsent { get; set; }

    [BindProperty] public bool NoSimilarProductEmails { get; set; }
    [BindProperty] public bool AcceptTerms { get; set; }
    [BindProperty] public string? CardNumber { get; set; }
    [BindProperty] public string? ExpiryMonth { get; set; }
    [BindProperty] public string? ExpiryYear { get; set; }
    [BindProperty] public string? Cvc { get; set; }
    [BindProperty] public string? CardHolder { get; set; }
    [BindProperty] public Dictionary<string, string> Totals { get; set; } = [];
    [BindProperty] public string? DiscountCode { get; set; }
    [BindProperty] public string? GiftCardCode { get; set; }
    [BindProperty] public bool AcceptBackorders { get; set; }

    public CheckoutText Words { get; private set; } = CheckoutText.English;

    public CheckoutQuote? Quote { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Countries { get; private set; } = [];

    public List<(string Field, string Message)> Problems { get; } = [];

    public List<string> Notices { get; } = [];

    /// <summary>What the error summary calls a field, so that "required" says which one.</summary>
    public string LabelOf(string field)
    {
        var (section, name) = field.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? (field[..dot], field[(dot + 1)..]) : ("", field);
        var label = name switch
        {
            "email" => Text.Email,
            "name" => Words.FullName,
            "line1" => Words.Line1,
            "line2" => Words.Line2,
            "city" => Words.City,
            "region" => Words.Region,
            "postalCode" => Words.PostalCode,
            "country" => Words.Country,
            "phone" => Words.Phone,
            "number" => Words.CardNumber,
            "expiry" => Words.ExpiryMonth,
            "cvc" => Words.Cvc,
            "shippingMethod" => Words.Delivery,
            "acceptTerms" => Words.AcceptTerms,
            "discountCode" => Words.DiscountCode,
            "giftCard" => Words.GiftCard,
            _ => Words.Summary,
        };
        return section switch
        {
            "shippingAddress" => $"{Words.DeliveryAddress} · {label}",
            "billingAddress" => $"{Words.BillingAddress} · {label}",
            _ => label,
        };
    }

    /// <summary>Whether the card is typed here (the test network) or on the provider's hosted page (Stripe).</summary>
    public bool TakesCards => HttpContext.RequestServices.GetRequiredService<IPaymentProvider>().TakesCardDetails;

    public string? FieldError(string field) => Problems.FirstOrDefault(p => p.Field == field).Message;

    public AddressFieldsView FieldsFor(AddressForm address, string prefix, string key, string autofill) =>
        new(prefix, key, address, autofill, Words, Countries, FieldError);

    /// <summary>The customer's saved addresses this market delivers to; checkout fills in one of them.</summary>
    public IReadOnlyList<SavedAddressView> SavedAddresses { get; private set; } = [];

    public long? ChosenAddress { get; private set; }

    /// <param name="retry">An order whose payment failed, whose email and address fill the form again (with <paramref name="key"/>, its access key).</param>
    public async Task<IActionResult> OnGetAsync(long? address, string? retry, string? key)
    {
        if (!await LoadAsync(ShippingMethod, null, null))
        {
            return Redirect($"/{Language}/cart");
        }

        BillingSame = true;
        Shipping.Country = Market.Countries.Contains("*") ? null : Market.Countries[0];
        Email = User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.Email) ?? User.Identity.Name : null;
        if (CustomerId is { } customer)
        {
            // The address book, as far as this market delivers: the default first, or the one the shopper picked.
            SavedAddresses = [.. (await HttpContext.RequestServices.GetRequiredService<IAddressBook>().ListAsync(customer, HttpContext.RequestAborted))
                .Where(a => Countries.Any(c => c.Code == a.Address.CountryCode))];
            if ((SavedAddresses.FirstOrDefault(a => a.Id == address) ?? (SavedAddresses.Count > 0 ? SavedAddresses[0] : null)) is { } chosen)
            {
                Shipping = AddressForm.From(chosen.Address);
                ChosenAddress = chosen.Id;
            }
        }

        if (retry is not null && await HttpContext.RequestServices.GetRequiredService<IShopperOrders>().FindAsync(retry, key, CustomerId, HttpContext.RequestAborted)
            is { Status: OrderStatus.Cancelled } failed)
        {
            Email = failed.Email;
            if (failed.ShippingAddress is { } given && Countries.Any(c => c.Code == given.CountryCode))
            {
                Shipping = AddressForm.From(given);
            }
        }

        Token = NewToken();
        Tracking.Add(new TrackedEvent("begin_checkout", new
        {
            currency = Quote!.Total.Currency.Code,
            value = Quote.Total.Major,
            cart_id = Quote.Cart.Id.ToString("N"),
            items = Quote.Cart.Lines.Where(l => l.Entry is not null && l.UnitPrice is not null).Select(l => new
            {
                item_id = l.Entry!.Style.Code,
                item_name = l.Entry.Style.Name.Get(Language),
                item_variant = l.Entry.Sku.Size,
                price = l.UnitPrice!.Value.Major,
                quantity = l.Quantity,
            }).ToArray(),
        }));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(ShippingMethod, DiscountCode, GiftCardCode))
        {
            var placed = Token is { Length: > 0 and <= 64 } sent
                ? await HttpContext.RequestServices.GetRequiredService<ICheckout>().PlacedPageAsync("form:" + sent, HttpContext.RequestAborted)
                : null;
            return Redirect(placed ?? $"/{Language}/cart");
        }

        var card = TakesCards ? new CardDetails(CardNumber ?? "", Number(ExpiryMonth), Number(ExpiryYear), Cvc?.Trim() ?? "", CardHolder) : null;
        var shown = ShippingMethod is not null && Totals.TryGetValue(ShippingMethod, out var total)
            && decimal.TryParse(total, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : (decimal?)null;
        // Click & collect hides the delivery address: the billing fields are the shopper's only address then.
        var collect = Quote!.Shipping?.Method.Kind == ShippingKind.ClickAndCollect;
        var input = new CheckoutInput(Quote.Cart.Id, Market.Code, Language, Email, Shipping.ToInput(), BillingSame && !collect ? null : Billing.ToInput(), ShippingMethod,
            MarketingConsent, AcceptTerms, card, shown, DiscountCode, GiftCardCode, AcceptBackorders, NoSimilarProductEmails: NoSimilarProductEmails);
        var token = Token is { Length: > 0 and <= 64 } given ? given : NewToken();
        var services = HttpContext.RequestServices;
        input = input with { Visitor = await services.GetRequiredService<IVisitors>().ResolveAsync(HttpContext, HttpContext.RequestAborted) };
        var result = await services.GetRequiredService<ICheckout>().PlaceAsync(input, "form:" + token, CustomerId, "shopper", HttpContext.RequestAborted);
        switch (result.Status)
        {
            case PlacementStatus.Placed when result.Payment!.State == PaymentState.Declined:
                Notices.Add(string.Format(CultureInfo.InvariantCulture, Words.CardDeclined, Words.Decline(result.Payment.DeclineCode)));
                return Again();
            case PlacementStatus.Placed:
            case PlacementStatus.Replayed:
                // The bag became the order; should a failed 3-D Secure check give it back, the bag's page counts it again.
                BagCookie.Count(Response, 0);
                return Redirect(result.Payment is { State: PaymentState.RequiresAction, ActionUrl: { } action } ? action : result.OrderPage!);
            case PlacementStatus.Invalid:
                Problems.AddRange(result.Errors!.Select(e => (e.Field, Words.Error(e.Code))));
                return Again();
            case PlacementStatus.TotalChanged:
                Notices.Add(string.Format(CultureInfo.InvariantCulture, Words.TotalChanged, result.Quote!.Total.Format(Language)));
                return Again();
            case PlacementStatus.AvailabilityChanged:
                Notices.Add(Words.NowBackordered);
                return Again();
            case PlacementStatus.SoldOut:
                var names = Quote.Cart.Lines.ToDictionary(l => l.SkuId, l => l.Entry?.Style.Name.Get(Language) ?? Text.UnknownItem);
                Notices.AddRange(result.ShortLines!.Select(s => string.Format(CultureInfo.InvariantCulture, Words.SoldOutLine, names.GetValueOrDefault(s.SkuId), s.Available)));
                return Again();
            case PlacementStatus.KeyReused:
                Notices.Add(Words.TryAgain);
                return Again();
            default:
                return Redirect($"/{Language}/cart");
        }
    }

    /// <summary>Applies (or removes) a discount code: the page comes back with the new totals and what the shopper typed.</summary>
    public async Task<IActionResult> OnPostApplyAsync()
    {
        if (!await LoadAsync(ShippingMethod, DiscountCode, GiftCardCode))
        {
            return Redirect($"/{Language}/cart");
        }

        ModelState.Clear();
        if (Quote!.TypedCode is not null && Quote.Discounts.CodeProblem != Promotions.Contracts.CodeProblem.None)
        {
            Problems.Add(("discountCode", Words.Error(CheckoutErrorCodes.Discount(Quote.Discounts.CodeProblem))));
        }

        if (Quote.GiftCard.Problem != Promotions.Contracts.GiftCardProblem.None)
        {
            Problems.Add(("giftCard", Words.Error(CheckoutErrorCodes.GiftCard(Quote.GiftCard.Problem))));
        }

        if (Problems.Count > 0)
        {
            return Again();
        }

        Token = NewToken();
        CardNumber = null;
        Cvc = null;
        return Page();
    }

    /// <summary>Shown again with what the shopper typed (never the card), a fresh token, and the reasons.</summary>
    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Again()
    {
        Token = NewToken();
        CardNumber = null;
        Cvc = null;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string? method, string? discountCode, string? giftCardCode)
    {
        Words = CheckoutText.For(Language);
        Title = $"{Words.Checkout} · Vetrina";
        Indexable = false;
        PathIn = language => $"/{language}/checkout";
        Response.Headers.CacheControl = "no-store";
        var services = HttpContext.RequestServices;
        var bags = services.GetRequiredService<IBagDirectory>();
        var id = BagCookie.Read(Request) ?? (CustomerId is { } customer ? await bags.CustomerBagIdAsync(customer, HttpContext.RequestAborted) : null);
        var view = id is { } bag ? await bags.ViewAsync(bag, Market, HttpContext.RequestAborted) : null;
        if (view is null || view.Lines.Count == 0)
        {
            return false;
        }

        Quote = await services.GetRequiredService<ICheckout>().QuoteAsync(view, method, discountCode, giftCardCode, HttpContext.RequestAborted);
        ShippingMethod = Quote!.Shipping?.Method.Code;
        var claimed = Markets.Where(m => m.Code != Market.Code).SelectMany(m => m.Countries);
        Countries = CountryList.For(Market.Countries, claimed, Language);
        return true;
    }

    private string? CustomerId => User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    private static int Number(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string NewToken() => Guid.NewGuid().ToString("N");

    /// <summary>What is left to pay by card for a delivery option, once the gift card (if any) has paid what it can.</summary>
    public Money DueWith(ShippingOption option)
    {
        var total = Quote!.Subtotal - Quote.DiscountTotal + option.Price;
        var card = Quote.GiftCard is { Card: { } giftCard, Problem: Promotions.Contracts.GiftCardProblem.None } ? Math.Min(giftCard.BalanceMinor, total.Minor) : 0;
        return total - new Money(card, total.Currency);
    }

    /// <summary>The amount the shopper sees for an option, as the form sends it back.</summary>
    public static string Amount(Money money) => money.ToAmountString();
}
