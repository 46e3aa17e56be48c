namespace Vetrina.Orders.Domain;

/// <summary>
/// Units of a shipped order that came back, received once per key (the form's one-time token or the API's
/// Idempotency-Key): where they were received, and whether they went back on the shelf (or were too damaged to sell).
/// Money is given back separately, by a refund.
/// </summary>
internal sealed class OrderReturn
{
    private readonly List<OrderReturnLine> lines = [];

    private OrderReturn()
    {
        Key = null!;
        LocationCode = null!;
        Reason = null!;
        Actor = null!;
    }

    public OrderReturn(long orderId, string key, string locationCode, bool restocked, string reason, string actor, DateTimeOffset at,
        IEnumerable<OrderReturnLine> returned)
    {
        OrderId = orderId;
        Key = key;
        LocationCode = locationCode;
        Restocked = restocked;
        Reason = reason;
        Actor = actor;
        At = at;
        lines.AddRange(returned);
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public string Key { get; private set; }

    public string LocationCode { get; private set; }

    /// <summary>Whether the units went back into sellable stock at the location.</summary>
    public bool Restocked { get; private set; }

    public string Reason { get; private set; }

    public string Actor { get; private set; }

    public DateTimeOffset At { get; private set; }

    public IReadOnlyList<OrderReturnLine> Lines => lines;
}

internal sealed class OrderReturnLine
{
    private OrderReturnLine()
    {
    }

    public OrderReturnLine(long orderLineId, int skuId, int quantity)
    {
        OrderLineId = orderLineId;
        SkuId = skuId;
        Quantity = quantity;
    }

    public long Id { get; private set; }

    public long OrderReturnId { get; private set; }

    public long OrderLineId { get; private set; }

    public int SkuId { get; private set; }

    public int Quantity { get; private set; }
}
