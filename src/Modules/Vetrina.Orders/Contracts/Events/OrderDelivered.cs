namespace Vetrina.Orders.Contracts.Events;

/// <summary>Every parcel of the order reached the shopper: the order is delivered (review requests, return windows start here).</summary>
public sealed record OrderDelivered(OrderSnapshot Order, DateTimeOffset OccurredAt) : OrderEvent(Order, OccurredAt);
