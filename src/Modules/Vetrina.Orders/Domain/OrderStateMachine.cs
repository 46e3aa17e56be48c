using Vetrina.Orders.Contracts;

namespace Vetrina.Orders.Domain;

/// <summary>
/// Which status may follow which. Fashion orders are authorised at checkout and captured when they ship, so an order
/// can ship straight from authorised; refunds follow payment; a cancelled or fully refunded order is final.
/// </summary>
internal static class OrderStateMachine
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Next = new()
    {
        [OrderStatus.Placed] = [OrderStatus.Authorised, OrderStatus.Paid, OrderStatus.Cancelled],
        [OrderStatus.Authorised] = [OrderStatus.Paid, OrderStatus.PartiallyShipped, OrderStatus.Shipped, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.PartiallyShipped, OrderStatus.Shipped, OrderStatus.PartiallyRefunded, OrderStatus.Refunded,
            OrderStatus.Cancelled],
        [OrderStatus.PartiallyShipped] = [OrderStatus.Shipped, OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.Delivered] = [OrderStatus.Completed, OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.Completed] = [OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.PartiallyRefunded] = [OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.Cancelled] = [],
        [OrderStatus.Refunded] = [],
    };

    public static bool CanMove(OrderStatus from, OrderStatus to) => Next.TryGetValue(from, out var allowed) && allowed.Contains(to);
}
