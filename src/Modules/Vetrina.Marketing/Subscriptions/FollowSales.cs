using Vetrina.Data;
using Vetrina.Kernel.Events;
using Vetrina.Marketing.Influencers;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Promotions.Contracts;

namespace Vetrina.Marketing.Subscriptions;

/// <summary>
/// Keeps each order that went through as influencer attribution reads it (<see cref="SoldOrder"/>) and attributes it at
/// once: when it is placed, and again when it is cancelled, refunded or some of it comes back, so commission follows.
/// </summary>
internal sealed class FollowSales(VetrinaDbContext db, IDiscountCodes discountCodes, InfluencerAttribution attribution)
    : IIntegrationEventHandler<OrderPlaced>, IIntegrationEventHandler<OrderCancelled>, IIntegrationEventHandler<OrderRefunded>,
        IIntegrationEventHandler<ReturnReceived>
{
    public Task HandleAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken) => FollowAsync(integrationEvent.Order, cancellationToken);

    // An order whose payment never went through was no sale.
    public Task HandleAsync(OrderCancelled integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.WasPlaced ? FollowAsync(integrationEvent.Order, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(OrderRefunded integrationEvent, CancellationToken cancellationToken) => FollowAsync(integrationEvent.Order, cancellationToken);

    public Task HandleAsync(ReturnReceived integrationEvent, CancellationToken cancellationToken) => FollowAsync(integrationEvent.Order, cancellationToken);

    private async Task FollowAsync(OrderSnapshot order, CancellationToken cancellationToken)
    {
        // Find looks in the unit of work first: an earlier event of the same delivery chunk may have added it.
        var sale = await db.Set<SoldOrder>().FindAsync([order.Id], cancellationToken);
        if (sale is null)
        {
            var code = (await discountCodes.RedeemedOnAsync([order.Id], cancellationToken)).Select(r => r.Code).FirstOrDefault();
            sale = new SoldOrder(order, code);
            db.Add(sale);
        }

        sale.Follow(order);
        await attribution.AttributeAsync([sale], cancellationToken);
    }
}
