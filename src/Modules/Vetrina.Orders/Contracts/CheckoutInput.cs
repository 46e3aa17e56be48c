using Vetrina.Kernel;
using Vetrina.Kernel.Addresses;
using Vetrina.Payments.Contracts;

namespace Vetrina.Orders.Contracts;

/// <summary>What a shopper submits at checkout, from the page or the API. Nothing is trusted until checked.</summary>
/// <param name="Billing">Null when the billing address is the shipping address.</param>
/// <param name="ExpectedTotal">The total the shopper was shown; if the total is different now, nothing is placed and the new total is shown.</param>
/// <param name="AcceptBackorders">
/// The shopper was shown that some lines ship later (bought ahead of stock: backorders, pre-orders) and agrees. Without
/// it, an order with such lines is not placed and the dates are shown.
/// </param>
/// <param name="Visitor">The analytics visitor placing the order, if known: their sessions are credited with the sale.</param>
/// <param name="NoSimilarProductEmails">
/// The shopper objected, when asked at checkout, to emails about products like those bought (the EU soft opt-in an
/// existing customer is otherwise in, ePrivacy art. 13(2)).
/// </param>
public sealed record CheckoutInput(Guid CartId, string Market, string Language, string? Email, AddressInput Shipping, AddressInput? Billing,
    string? ShippingMethod, bool MarketingConsent, bool AcceptTerms, CardDetails? Card, decimal? ExpectedTotal, string? DiscountCode = null,
    string? GiftCardCode = null, bool AcceptBackorders = false, Visitor? Visitor = null, bool NoSimilarProductEmails = false);

/// <summary>A field that failed a check, and which check (a stable code the page turns into a sentence in the shopper's language).</summary>
public sealed record CheckoutError(string Field, string Code);
