using Vetrina.Orders.Contracts;

namespace Vetrina.Marketing.Influencers;

/// <summary>
/// An order as influencer attribution reads it, kept from the orders module's events so that attribution never reads its
/// tables: who bought, from which browser, with which code, whether it was cancelled, and the net sales a commission is
/// paid on. Every order that went through has one.
/// </summary>
internal sealed class SoldOrder
{
    private SoldOrder()
    {
        Email = null!;
        Currency = null!;
    }

    public SoldOrder(OrderSnapshot order, string? discountCode)
    {
        OrderId = order.Id;
        Email = order.Email;
        VisitorId = order.VisitorId;
        PlacedAt = order.PlacedAt;
        Currency = order.Currency;
        DiscountCode = discountCode;
    }

    public long OrderId { get; private set; }

    /// <summary>As entered at checkout.</summary>
    public string Email { get; private set; }

    public Guid? VisitorId { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The discount code the order was placed with, upper case as checkout reads it.</summary>
    public string? DiscountCode { get; private set; }

    public bool Cancelled { get; private set; }

    /// <summary>
    /// What the customer kept, as <see cref="Commission.NetSales"/> counts it; null until known (orders kept before their
    /// net sales were, which attribution asks the orders module for when one of them earns a commission).
    /// </summary>
    public long? NetSalesMinor { get; private set; }

    /// <summary>Takes the order as it stands after a change (cancelled, refunded, some of it sent back).</summary>
    public void Follow(OrderSnapshot order)
    {
        Cancelled = order.Status == "Cancelled";
        NetSalesMinor = Commission.NetSales(order);
    }

    public void Valued(long netSalesMinor) => NetSalesMinor = netSalesMinor;
}
