using Vetrina.Kernel;
using Vetrina.Orders.Contracts;

namespace Vetrina.Orders.Shipping;

/// <summary>A way an order reaches the shopper in one market: a courier at a flat rate (free over a threshold) or collection in a store.</summary>
internal sealed class ShippingMethod
{
    private ShippingMethod()
    {
        Code = null!;
        MarketCode = null!;
        Name = null!;
        Estimate = null!;
    }

    public ShippingMethod(string code, string marketCode, LocalizedText name, ShippingKind kind, long priceMinor, long? freeOverMinor,
        LocalizedText estimate, string? pickupLocationCode, int position)
    {
        if (kind == ShippingKind.ClickAndCollect != (pickupLocationCode is not null))
        {
            throw new ArgumentException("Click & collect, and only click & collect, names the store to collect from.", nameof(pickupLocationCode));
        }

        Code = code.ToUpperInvariant();
        MarketCode = marketCode.ToUpperInvariant();
        Name = name;
        Kind = kind;
        PriceMinor = priceMinor;
        FreeOverMinor = freeOverMinor;
        Estimate = estimate;
        PickupLocationCode = pickupLocationCode;
        Position = position;
    }

    public string Code { get; private set; }

    public string MarketCode { get; private set; }

    public LocalizedText Name { get; private set; }

    public ShippingKind Kind { get; private set; }

    public long PriceMinor { get; private set; }

    /// <summary>Subtotal (VAT included) from which this method costs nothing.</summary>
    public long? FreeOverMinor { get; private set; }

    /// <summary>"2–4 working days", "ready tomorrow in the store".</summary>
    public LocalizedText Estimate { get; private set; }

    public string? PickupLocationCode { get; private set; }

    public int Position { get; private set; }

    public ShippingMethodView View() => new(Code, Name, Kind, Estimate, PickupLocationCode, FreeOverMinor);

    public Money PriceFor(Money subtotal) =>
        FreeOverMinor is { } threshold && subtotal.Minor >= threshold ? Money.Zero(subtotal.Currency) : new Money(PriceMinor, subtotal.Currency);
}
