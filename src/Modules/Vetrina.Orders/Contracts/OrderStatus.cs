namespace Vetrina.Orders.Contracts;

public enum OrderStatus
{
    /// <summary>Stock held, payment not yet authorised (the shopper may be in a 3-D Secure challenge).</summary>
    Placed,
    Authorised,
    Paid,
    PartiallyShipped,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
    PartiallyRefunded,
    Refunded,
}
