using System.Net.Mail;
using Vetrina.Cart.Domain;
using Vetrina.Cart.Shopping;
using Vetrina.Kernel;
using Vetrina.Markets;
using Vetrina.Orders.Addresses;
using Vetrina.Orders.Shipping;
using Vetrina.Payments;

namespace Vetrina.Orders.Checkout;

/// <summary>Prices a cart for checkout and checks what the shopper filled in. Places nothing: see <see cref="OrderPlacement"/>.</summary>
public sealed class CheckoutService(CartService carts, ShippingRates shipping, TimeProvider clock)
{
    public const int MaxEmail = 254;

    /// <summary>The quote for a cart in a market, with the given shipping method or the market's first one.</summary>
    public async Task<CheckoutQuote?> QuoteAsync(ShoppingCart cart, MarketView market, string? methodCode, CancellationToken cancellationToken = default)
    {
        if (cart.Lines.Count == 0)
        {
            return null;
        }

        var view = await carts.ViewAsync(cart, market, cancellationToken);
        var methods = await shipping.ForMarketAsync(market.Code, cancellationToken);
        var subtotal = view.Subtotal;
        var options = methods.Select(m => new ShippingOption(m, m.PriceFor(subtotal))).ToList();
        var chosen = methodCode is null
            ? options.FirstOrDefault()
            : options.FirstOrDefault(o => string.Equals(o.Method.Code, methodCode.Trim(), StringComparison.OrdinalIgnoreCase));
        var shippingPrice = chosen?.Price ?? Money.Zero(market.Currency);
        var total = subtotal + shippingPrice;
        // One rate per market today; grouping keeps the breakdown right when reduced rates (books, children's wear) arrive.
        var vat = new List<VatLine> { new(market.Vat, total, market.Vat.VatIncludedIn(subtotal) + market.Vat.VatIncludedIn(shippingPrice)) };
        return new CheckoutQuote(market, view, options, chosen, subtotal, total, vat);
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

        var (shippingAddress, shippingErrors) = AddressRules.Check(input.Shipping, market.Countries);
        errors.AddRange(shippingErrors.Select(e => Error("shippingAddress", e)));
        var (billingAddress, billingErrors) = input.Billing is null
            ? (shippingAddress, [])
            // A bill may go anywhere: only the delivery has to be in the market.
            : AddressRules.Check(input.Billing, ["*"]);
        errors.AddRange(billingErrors.Select(e => Error("billingAddress", e)));

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

        // Lower case, so that staff find a shopper's orders however they typed their address.
        return new CheckedInput(errors, email?.ToLowerInvariant() ?? "", shippingAddress, billingAddress, method);
    }

    private static CheckoutError Error(string prefix, AddressError error) =>
        new($"{prefix}.{FieldName(error.Field)}", error.Problem switch
        {
            AddressProblem.Required => "required",
            AddressProblem.TooLong => "too_long",
            AddressProblem.PostalCodeFormat => "postal_code_format",
            AddressProblem.UnknownRegion => "unknown_region",
            AddressProblem.UnknownCountry => "unknown_country",
            AddressProblem.PhoneFormat => "phone_format",
            _ => "country_outside_market",
        });

    /// <summary>The field as the API and the form name it.</summary>
    private static string FieldName(AddressField field) => field switch
    {
        AddressField.CountryCode => "country",
        AddressField.PostalCode => "postalCode",
        _ => field.ToString().ToLowerInvariant(),
    };
}

/// <summary>The outcome of the checks: errors, or the normalised values to place the order with.</summary>
public sealed record CheckedInput(IReadOnlyList<CheckoutError> Errors, string Email, Domain.PostalAddress? ShippingAddress,
    Domain.PostalAddress? BillingAddress, ShippingOption? Method)
{
    public bool IsValid => Errors.Count == 0;
}
