using Vetrina.Orders.Contracts;

namespace Vetrina.Orders.Domain;

/// <summary>One change of an order's status: the order's history, with who made it and when.</summary>
internal sealed class OrderTransition
{
    private OrderTransition()
    {
        Actor = null!;
    }

    internal OrderTransition(OrderStatus? from, OrderStatus to, string actor, DateTimeOffset at, string? note)
    {
        From = from;
        To = to;
        Actor = actor;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public OrderStatus? From { get; private set; }

    public OrderStatus To { get; private set; }

    /// <summary>"shopper", "system:expiry", "staff:ada@…", "api-token:…", "provider:test".</summary>
    public string Actor { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}
