using Vetrina.Data;
using Vetrina.Kernel.Events;
using Vetrina.Marketing.Influencers;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Promotions.Contracts;

namespace Vetrina.Marketing.Subscriptions;

/// <summary>
/// Keeps each order that went through as influencer attribution reads it (<see cref="SoldOrder"/>), credits it at once
/// when it was placed with an influencer's code, and values a credited order again when it is cancelled, refunded or
/// some of it comes back, so commission follows.
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
        var known = sale is not null;
        if (sale is null)
        {
            // Without a discount no code was redeemed: most orders need no look at Promotions.
            var code = order.DiscountMinor == 0 ? null
                : (await discountCodes.RedeemedOnAsync([order.Id], cancellationToken)).Select(r => r.Code).FirstOrDefault();
            sale = new SoldOrder(order, code);
            db.Add(sale);
        }

        sale.Follow(order);
        // Events credit by code and value what is credited; an order with neither is only kept (for the run, which looks
        // for links, and as a first order for new-customer rates), which costs nothing more here.
        // Only an order already kept can have been credited: a new one without a code needs no look.
        if (sale.DiscountCode is not null || (known && await attribution.IsCreditedAsync(sale.OrderId, cancellationToken)))
        {
            await attribution.AttributeAsync([sale], cancellationToken);
        }
    }
}
