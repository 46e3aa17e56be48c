using Vetrina.Kernel;
using Vetrina.Kernel.Addresses;

namespace Vetrina.Orders.Contracts;

/// <summary>Orders as their shoppers see them in the shop: the confirmation and status page, and a customer's order list.</summary>
public interface IShopperOrders
{
    /// <summary>
    /// The order with this number, when the access key is its own or it belongs to the signed-in customer. A payment
    /// still with the bank (back from its check) is settled with the provider first, so the page says how it ended.
    /// </summary>
    Task<ShopperOrder?> FindAsync(string number, string? accessKey, string? customerId, CancellationToken cancellationToken);

    /// <summary>A customer's latest orders (at most 100), newest first.</summary>
    Task<IReadOnlyList<ShopperOrderSummary>> ForCustomerAsync(string customerId, CancellationToken cancellationToken);
}

/// <summary>An order in a customer's list.</summary>
public sealed record ShopperOrderSummary(string Number, OrderStatus Status, Money Total);

/// <summary>
/// An order as its page shows it. Amounts are in the order currency's minor units, VAT included; the address is null
/// for click &amp; collect, where <paramref name="PickupLocationCode"/> names the store.
/// </summary>
public sealed record ShopperOrder(string Number, OrderStatus Status, string Email, Currency Currency, DateTimeOffset PlacedAt, IReadOnlyList<ShopperOrderLine> Lines,
    long SubtotalMinor, long DiscountMinor, string? DiscountLabel, string ShippingMethodName, long ShippingMinor, long TotalMinor, long VatMinor,
    string? PickupLocationCode, PostalAddress? ShippingAddress, ShopperPayment? Payment, IReadOnlyList<ShopperParcel> Parcels, IReadOnlyList<OrderStep> History);

/// <summary>A line as bought, with what has shipped and come back, and the date a line waiting for stock should ship around.</summary>
public sealed record ShopperOrderLine(string Name, string Colour, string Size, int Quantity, int ShippedQuantity, int ReturnedQuantity, DateOnly? ShipsAround,
    long LineTotalMinor);

/// <summary>The order's latest payment: its state, why the bank declined it, and where the shopper completes it when the bank asks.</summary>
public sealed record ShopperPayment(PaymentState State, string? DeclineCode, string? ActionUrl);

/// <summary>A parcel that left the warehouse, with its carrier's name and tracking link.</summary>
public sealed record ShopperParcel(DateTimeOffset ShippedAt, string Carrier, string? TrackingNumber, string? TrackingUrl);

/// <summary>A status the order reached, and when.</summary>
public sealed record OrderStep(OrderStatus Status, DateTimeOffset At);
