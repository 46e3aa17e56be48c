namespace Vetrina.Orders.Contracts.Events;

/// <summary>
/// An order went through: its payment was authorised (or a gift card paid it all). An order waiting on a 3-D Secure
/// challenge is not placed yet; one whose payment fails is never placed.
/// </summary>
public sealed record OrderPlaced(OrderSnapshot Order, DateTimeOffset OccurredAt) : OrderEvent(Order, OccurredAt);
