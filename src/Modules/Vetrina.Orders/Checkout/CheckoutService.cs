using System.Net.Mail;
using Vetrina.Orders.Contracts;
using Vetrina.Cart.Contracts;
using Vetrina.Markets.Contracts;
using Vetrina.Kernel;
using Vetrina.Kernel.Addresses;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Shipping;
using Vetrina.Payments;
using Vetrina.Catalog.Contracts;
using Vetrina.Payments.Contracts;
using Vetrina.Promotions.Contracts;

namespace Vetrina.Orders.Checkout;

/// <summary>Prices a cart for checkout and checks what the shopper filled in. Places nothing: see <see cref="OrderPlacement"/>.</summary>
internal sealed class CheckoutService(ShippingRates shipping, IPromotionPricing promotions, IGiftCardLedger giftCards,
    ICatalogSnapshots snapshots, TimeProvider clock)
{
    public const int MaxEmail = 254;

    /// <summary>
    /// The quote for a cart in a market, with the given shipping method (else the market's first) and discount code:
    /// markdowns are in the prices already, then the best automatic promotion and the code, then shipping, whose
    /// free-over threshold counts the discounted items.
    /// </summary>
    public async Task<CheckoutQuote?> QuoteAsync(CartView view, string? methodCode, string? discountCode = null,
        string? giftCardCode = null, CancellationToken cancellationToken = default)
    {
        if (view.Lines.Count == 0)
        {
            return null;
        }

        var market = view.Market;
        var methods = await shipping.ForMarketAsync(market.Code, cancellationToken);
        var discounts = await DiscountsAsync(view, market, discountCode, cancellationToken);
        var subtotal = view.Subtotal;
        var items = subtotal - new Money(discounts.TotalMinor, market.Currency);
        var options = methods.Select(m => new ShippingOption(m.View(), discounts.FreeShipping ? Money.Zero(market.Currency) : m.PriceFor(items))).ToList();
        var chosen = methodCode is null
            ? options.FirstOrDefault()
            : options.FirstOrDefault(o => string.Equals(o.Method.Code, methodCode.Trim(), StringComparison.OrdinalIgnoreCase));
        var shippingPrice = chosen?.Price ?? Money.Zero(market.Currency);
        var total = items + shippingPrice;
        // One rate per market today; grouping keeps the breakdown right when reduced rates (books, children's wear) arrive.
        var vat = new List<VatLine> { new(market.Vat, total, market.Vat.VatIncludedIn(items) + market.Vat.VatIncludedIn(shippingPrice)) };
        var giftCard = await giftCards.PreviewAsync(giftCardCode, total, clock.GetUtcNow(), cancellationToken);
        return new CheckoutQuote(market, view, options, chosen, subtotal, total, vat, discounts, string.IsNullOrWhiteSpace(discountCode) ? null : discountCode.Trim(),
            giftCard);
    }

    private async Task<DiscountResult> DiscountsAsync(CartView view, MarketView market, string? discountCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(discountCode) && !await promotions.HasAutomaticAsync(cancellationToken))
        {
            return DiscountResult.None;
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var lines = view.Lines.Where(l => l.ForSale).Select(l => new PricedLine(l.LineTotal!.Value.Minor, l.Quantity, Tokens(snapshot, l.Entry!))).ToList();
        return await promotions.ApplyAsync(lines, market.Currency, discountCode, cancellationToken);
    }

    /// <summary>What a promotion can select an item by: each category on its path, each collection it is in.</summary>
    private static HashSet<string> Tokens(CatalogSnapshot snapshot, SkuEntry entry)
    {
        var tokens = snapshot.CategoryPath(entry.Style.CategoryId).Select(c => $"category:{c.Code.ToLowerInvariant()}").ToHashSet();
        foreach (var collection in snapshot.Collections.Where(c => CatalogSnapshot.Contains(c, entry.Style)))
        {
            tokens.Add($"collection:{collection.Handle.En.ToLowerInvariant()}");
        }

        return tokens;
    }

    /// <summary>Every field that fails its check; the addresses come back normalised when they pass.</summary>
    public CheckedInput Check(CheckoutInput input, MarketView market, CheckoutQuote quote, bool cardRequired)
    {
        var errors = new List<CheckoutError>();
        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            errors.Add(new("email", "required"));
        }
        else if (email.Length > MaxEmail || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(new("email", "email_format"));
        }

        var method = input.ShippingMethod is null ? null : quote.Options.FirstOrDefault(o =>
            string.Equals(o.Method.Code, input.ShippingMethod.Trim(), StringComparison.OrdinalIgnoreCase));
        if (method is null)
        {
            errors.Add(new("shippingMethod", input.ShippingMethod is null ? "required" : "unknown_shipping_method"));
        }

        PostalAddress? shippingAddress;
        PostalAddress? billingAddress;
        if (method?.Method.Kind == ShippingKind.ClickAndCollect)
        {
            // Collected in the store: nothing is delivered, so only the shopper's own (billing) address is asked for.
            var (contact, contactErrors) = AddressRules.Check(input.Billing ?? input.Shipping, ["*"]);
            errors.AddRange(contactErrors.Select(e => Error(input.Billing is null ? "shippingAddress" : "billingAddress", e)));
            (shippingAddress, billingAddress) = (contact, contact);
        }
        else
        {
            (shippingAddress, var shippingErrors) = AddressRules.Check(input.Shipping, market.Countries);
            errors.AddRange(shippingErrors.Select(e => Error("shippingAddress", e)));
            (billingAddress, var billingErrors) = input.Billing is null
                ? (shippingAddress, [])
                // A bill may go anywhere: only the delivery has to be in the market.
                : AddressRules.Check(input.Billing, ["*"]);
            errors.AddRange(billingErrors.Select(e => Error("billingAddress", e)));
        }

        if (!input.AcceptTerms)
        {
            errors.Add(new("acceptTerms", "terms_not_accepted"));
        }

        if (cardRequired)
        {
            if (input.Card is null)
            {
                errors.Add(new("card.number", "required"));
            }
            else
            {
                errors.AddRange(CardRules.Problems(input.Card, clock.GetUtcNow()).Select(p => new CheckoutError(
                    p switch { CardField.Number => "card.number", CardField.Expiry => "card.expiry", _ => "card.cvc" },
                    p switch { CardField.Number => "card_number", CardField.Expiry => "card_expired", _ => "card_cvc" })));
            }
        }

        if (input.ExpectedTotal is { } expected && decimal.Round(expected, market.Currency.MinorDigits) != expected)
        {
            errors.Add(new("expectedTotal", "too_many_decimals"));
        }

        if (quote.HasUnavailableLines)
        {
            errors.Add(new("cart", "line_not_for_sale"));
        }

        if (quote.TypedCode is not null && quote.Discounts.CodeProblem != CodeProblem.None)
        {
            errors.Add(new("discountCode", CheckoutErrorCodes.Discount(quote.Discounts.CodeProblem)));
        }

        if (quote.GiftCard.Problem != GiftCardProblem.None)
        {
            errors.Add(new("giftCard", CheckoutErrorCodes.GiftCard(quote.GiftCard.Problem)));
        }

        // Lower case, so that staff find a shopper's orders however they typed their address.
        return new CheckedInput(errors, email?.ToLowerInvariant() ?? "", shippingAddress, billingAddress, method);
    }

    private static CheckoutError Error(string prefix, AddressError error) => new($"{prefix}.{error.FieldName}", error.Code);
}

/// <summary>The outcome of the checks: errors, or the normalised values to place the order with.</summary>
internal sealed record CheckedInput(IReadOnlyList<CheckoutError> Errors, string Email, PostalAddress? ShippingAddress,
    PostalAddress? BillingAddress, ShippingOption? Method)
{
    public bool IsValid => Errors.Count == 0;
}
