namespace Vetrina.Orders.Features.Api;

internal sealed record CheckoutAddressDto(string? Name, string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? Country,
    string? Phone);

/// <summary>Card details for the built-in test network only; with a hosted provider (Stripe) card data never reaches Vetrina.</summary>
internal sealed record CheckoutCardDto(string? Number, int? ExpiryMonth, int? ExpiryYear, string? Cvc, string? Holder);

/// <param name="Market">Defaults to the cart's market.</param>
/// <param name="BillingAddress">Omit when it is the shipping address.</param>
/// <param name="ExpectedTotal">The total from the quote the shopper saw; a different total now answers 409 with the new quote.</param>
/// <param name="NoSimilarProductEmails">EU shoppers who did not consent to marketing may object here to emails about products like those bought (the soft opt-in they are otherwise in).</param>
/// <param name="ClientId">The analytics client id a headless storefront sent its events with (as in <c>POST /t/collect</c>): the sale is credited to those visits.</param>
internal sealed record CheckoutRequest(Guid? CartId, string? Market, string? Language, string? Email, CheckoutAddressDto? ShippingAddress,
    CheckoutAddressDto? BillingAddress, string? ShippingMethod, bool MarketingConsent, bool AcceptTerms, CheckoutCardDto? Card, decimal? ExpectedTotal,
    string? DiscountCode = null, string? GiftCardCode = null, bool AcceptBackorders = false, string? ClientId = null, bool NoSimilarProductEmails = false);

internal sealed record QuoteRequest(Guid? CartId, string? Market, string? ShippingMethod, string? Language, string? DiscountCode = null,
    string? GiftCardCode = null);

internal sealed record MoneyDto(string Currency, decimal Amount, string Formatted);

/// <param name="ShipsAround">Set when the line waits for stock on its way (backorder, pre-order): the date it is expected.</param>
internal sealed record QuoteLineDto(string Sku, string? Name, int Quantity, MoneyDto? UnitPrice, MoneyDto? LineTotal, bool ForSale, int Available,
    DateOnly? ShipsAround);

internal sealed record ShippingOptionDto(string Code, string Name, string Kind, MoneyDto Price, string Estimate, string? PickupLocation);

internal sealed record VatLineDto(decimal RatePercent, MoneyDto Gross, MoneyDto Vat);

internal sealed record DiscountDto(string Label, MoneyDto Amount, bool FreeShipping);

/// <param name="DiscountProblem">Why the discount code sent does not apply (the same codes as the checkout's errors), or null.</param>
internal sealed record QuoteDto(string Market, string Currency, IReadOnlyList<QuoteLineDto> Lines, IReadOnlyList<ShippingOptionDto> ShippingOptions,
    string? ShippingMethod, MoneyDto Subtotal, IReadOnlyList<DiscountDto> Discounts, MoneyDto Shipping, MoneyDto Total, IReadOnlyList<VatLineDto> Vat,
    string? DiscountProblem, MoneyDto GiftCard, MoneyDto AmountDue, string? GiftCardProblem);

/// <param name="ShipsAround">Set when the line was bought ahead of stock (backorder, pre-order): the date the stock is expected.</param>
/// <param name="Shipped">Units that have left in a parcel.</param>
/// <param name="Returned">Units the shopper sent back and the shop received.</param>
internal sealed record OrderLineDto(string Sku, string Name, string Colour, string Size, int Quantity, MoneyDto UnitPrice, MoneyDto LineTotal,
    DateOnly? ShipsAround, int Shipped, int Returned);

internal sealed record PaymentDto(string State, string? ActionUrl, string? DeclineCode);

internal sealed record OrderTransitionDto(string? From, string To, string Actor, DateTimeOffset At, string? Note);

internal sealed record ShipmentDto(long Id, string Status, string Location, string? Carrier, string? TrackingNumber, string? TrackingUrl, DateTimeOffset? ShippedAt,
    DateTimeOffset? DeliveredAt, IReadOnlyList<ShipmentLineDto> Lines);

internal sealed record ShipmentLineDto(string Sku, int Quantity);

internal sealed record OrderDto(string Number, string Status, string Email, string Market, string Language, IReadOnlyList<OrderLineDto> Lines,
    MoneyDto Subtotal, MoneyDto Discount, string? DiscountLabel, MoneyDto Shipping, MoneyDto Total, MoneyDto GiftCard, MoneyDto AmountDue, MoneyDto VatIncluded, string ShippingMethod, PaymentDto? Payment, DateTimeOffset PlacedAt,
    IReadOnlyList<OrderTransitionDto> History, IReadOnlyList<ShipmentDto> Shipments, string Page);
