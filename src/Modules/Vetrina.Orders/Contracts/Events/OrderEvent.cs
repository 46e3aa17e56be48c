using Vetrina.Kernel.Events;

namespace Vetrina.Orders.Contracts.Events;

/// <summary>What every order event carries: the order as it stood. One order's events form one stream, delivered in order.</summary>
public abstract record OrderEvent(OrderSnapshot Order, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt)
{
    public override string Stream => $"order:{Order.Number}";
}
