using Vetrina.Cart.Contracts;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Promotions.Contracts;

namespace Vetrina.Orders.Contracts;

/// <summary>How an order can reach the shopper in this market.</summary>
public enum ShippingKind
{
    Standard,
    Express,
    ClickAndCollect,
}

/// <summary>A way an order reaches the shopper, as checkout offers it: a courier at a flat rate (free over a threshold) or collection in a store.</summary>
public sealed record ShippingMethodView(string Code, LocalizedText Name, ShippingKind Kind, LocalizedText Estimate, string? PickupLocationCode, long? FreeOverMinor);

/// <summary>A delivery option for this bag, at its price for it.</summary>
public sealed record ShippingOption(ShippingMethodView Method, Money Price);

/// <summary>The VAT one rate contributes: prices are VAT-inclusive, so the VAT is carved out of the gross.</summary>
public sealed record VatLine(VatRate Rate, Money Gross, Money Vat);

/// <summary>What the order would cost if placed now: live prices, the chosen shipping, totals in the currency's minor unit.</summary>
public sealed record CheckoutQuote(MarketView Market, CartView Cart, IReadOnlyList<ShippingOption> Options, ShippingOption? Shipping, Money Subtotal,
    Money Total, IReadOnlyList<VatLine> Vat, DiscountResult Discounts, string? TypedCode, GiftCardUse GiftCard)
{
    /// <summary>What is left to pay by card once the gift card has paid its part.</summary>
    public Money AmountDue => Total - new Money(GiftCard.AppliedMinor, Market.Currency);

    public Money DiscountTotal => new(Discounts.TotalMinor, Market.Currency);

    public Money ShippingPrice => Shipping?.Price ?? Money.Zero(Market.Currency);

    public Money VatTotal => Vat.Aggregate(Money.Zero(Market.Currency), (sum, v) => sum + v.Vat);

    /// <summary>Lines that cannot be bought as they stand (no longer sold, or not priced in this market).</summary>
    public bool HasUnavailableLines => Cart.Lines.Any(l => !l.ForSale);
}
