namespace Vetrina.Orders.Contracts.Events;

/// <summary>
/// The order was cancelled before anything shipped: by staff, or because its payment did not complete.
/// <paramref name="WasPlaced"/> says whether it had gone through (was a sale until now) or never had (a declined or
/// abandoned payment): only a placed order's cancellation takes anything back from the sales figures.
/// </summary>
public sealed record OrderCancelled(OrderSnapshot Order, string Reason, bool WasPlaced, long RefundedMinor, DateTimeOffset OccurredAt)
    : OrderEvent(Order, OccurredAt);
