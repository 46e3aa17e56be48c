namespace Vetrina.Orders.Contracts.Events;

/// <summary>The payment was captured (when the first parcel shipped): <paramref name="CapturedMinor"/> was charged.</summary>
public sealed record OrderPaid(OrderSnapshot Order, long CapturedMinor, DateTimeOffset OccurredAt) : OrderEvent(Order, OccurredAt);
