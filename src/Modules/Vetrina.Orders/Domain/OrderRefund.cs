namespace Vetrina.Orders.Domain;

/// <summary>
/// Money given back on a shipped order, once per key (the staff member's one-time form token): to the card first, the
/// rest onto the gift card the order was paid with. Written in the same transaction as the payment's and gift card's.
/// </summary>
internal sealed class OrderRefund
{
    private OrderRefund()
    {
        Key = null!;
        Reason = null!;
        Actor = null!;
    }

    public OrderRefund(long orderId, string key, long toCardMinor, long toGiftCardMinor, string reason, string actor, DateTimeOffset at)
    {
        OrderId = orderId;
        Key = key;
        ToCardMinor = toCardMinor;
        ToGiftCardMinor = toGiftCardMinor;
        Reason = reason;
        Actor = actor;
        At = at;
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public string Key { get; private set; }

    public long ToCardMinor { get; private set; }

    public long ToGiftCardMinor { get; private set; }

    public string Reason { get; private set; }

    public string Actor { get; private set; }

    public DateTimeOffset At { get; private set; }
}
