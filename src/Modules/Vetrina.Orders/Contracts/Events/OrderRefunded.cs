namespace Vetrina.Orders.Contracts.Events;

/// <summary>Money went back to the shopper for a shipped order: <paramref name="AmountMinor"/> in all, to the card and to the gift card it was paid with.</summary>
public sealed record OrderRefunded(OrderSnapshot Order, long AmountMinor, long ToCardMinor, long ToGiftCardMinor, string Reason,
    DateTimeOffset OccurredAt) : OrderEvent(Order, OccurredAt);
