using Vetrina.Kernel;

namespace Vetrina.Orders.Contracts;

/// <summary>
/// An order as it stood when an event was published: what integrations (webhooks), analytics and marketing need to
/// act on it without asking the orders module again. Amounts are in the order currency's minor units, VAT included.
/// </summary>
/// <param name="Id">The order's id: stable, and what <see cref="IOrderDirectory"/> finds it by (the number is the id with the shop's prefix).</param>
/// <param name="Status">The order's status at the time (as in the API: "Authorised", "Shipped" …).</param>
/// <param name="CustomerId">The customer account, or null for a guest.</param>
/// <param name="VisitorId">The analytics visitor that placed the order, if known (see <c>clientId</c> at checkout).</param>
/// <param name="CartId">The bag the order was placed from, if any.</param>
/// <param name="VatMinor">All the order's VAT: the goods' after discounts and the shipping's.</param>
/// <param name="ShippingVatMinor">The VAT in the shipping price; 0 in events published before it was carried.</param>
public sealed record OrderSnapshot(long Id, string Number, string Status, string Email, string? CustomerId, string Market, string Language, string Currency,
    long SubtotalMinor, long DiscountMinor, long ShippingMinor, long VatMinor, long TotalMinor, DateTimeOffset PlacedAt, Guid? VisitorId,
    VisitorKind? VisitorKind, Guid? CartId, string ShippingCountry, IReadOnlyList<OrderLineSnapshot> Lines, long ShippingVatMinor = 0);

/// <summary>A line of an order: a SKU, how many were bought, shipped and returned, the unit price paid and its VAT.</summary>
/// <param name="VatBasisPoints">The VAT rate in the price (2200 for 22 %); 0 in events published before it was carried.</param>
public sealed record OrderLineSnapshot(long LineId, int SkuId, string Sku, string Style, string Name, string Colour, string Size, int Quantity,
    int Shipped, int Returned, long UnitPriceMinor, long VatMinor, int VatBasisPoints = 0);
