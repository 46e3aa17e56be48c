using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.EmailMarketing.Automations;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.Kernel.Events;
using Vetrina.Orders.Contracts.Events;

namespace Vetrina.EmailMarketing.Subscriptions;

/// <summary>
/// What flows learn from the orders: a purchase ends the buyer's shopping flows (abandoned bag, browse abandonment, win-back)
/// and tells which browser was theirs; a delivery starts the post-purchase flow.
/// </summary>
internal sealed class FollowOrders(VetrinaDbContext db, CampaignAudience audience) : IIntegrationEventHandler<OrderPlaced>, IIntegrationEventHandler<OrderDelivered>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken)
    {
        var order = integrationEvent.Order;
        var email = Contact.Normalise(order.Email);
        if (order.VisitorId is { } visitor)
        {
            // Deliveries run a chunk at a time in one unit of work: a visitor added for an earlier order of the chunk is not saved yet.
            var known = db.Set<ContactVisitor>().Local.FirstOrDefault(v => v.VisitorId == visitor && v.Email == email)
                ?? await db.Set<ContactVisitor>().SingleOrDefaultAsync(v => v.VisitorId == visitor && v.Email == email, cancellationToken);
            if (known is null)
            {
                db.Add(new ContactVisitor(visitor, email, order.PlacedAt));
            }
            else
            {
                known.Seen(order.PlacedAt);
            }
        }

        var shopping = await db.Set<Automation>().Where(a => a.Kind == AutomationKind.AbandonedCart || a.Kind == AutomationKind.BrowseAbandonment
            || a.Kind == AutomationKind.WinBack).Select(a => a.Id).ToListAsync(cancellationToken);
        var buyer = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Email == email, cancellationToken);
        buyer?.RecordPurchase(order.PlacedAt);
        var contact = buyer?.Id;
        var bag = order.CartId is { } cartId ? $"cart:{cartId:N}" : null;
        var open = await db.Set<AutomationRun>()
            .Where(r => r.EndedAt == null && shopping.Contains(r.AutomationId)
                && ((r.ContactId == contact && r.TriggeredAt <= order.PlacedAt) || (bag != null && r.Key == bag)))
            .ToListAsync(cancellationToken);
        foreach (var run in open)
        {
            run.End("purchased", integrationEvent.OccurredAt);
        }
    }

    /// <summary>Starts the post-purchase flow for a delivered order, once, if the flow was on when it arrived and the buyer may be written to.</summary>
    public async Task HandleAsync(OrderDelivered integrationEvent, CancellationToken cancellationToken)
    {
        // A parcel delivered after the order was refunded is still a delivery, but no moment to ask how the order went.
        if (integrationEvent.Order.Status is not ("Delivered" or "Completed"))
        {
            return;
        }

        var at = integrationEvent.OccurredAt;
        var automation = await db.Set<Automation>().AsNoTracking().Include(a => a.Steps)
            .SingleOrDefaultAsync(a => a.Kind == AutomationKind.PostPurchase && a.Enabled, cancellationToken);
        if (automation is not { EnabledAt: { } enabledAt } || enabledAt > at || automation.Steps.Count == 0)
        {
            return;
        }

        var email = Contact.Normalise(integrationEvent.Order.Email);
        var reachable = await audience.ForAsync(automation.SegmentId, aboutBoughtProducts: false, cancellationToken);
        var contact = await reachable.Where(c => c.Email == email).Select(c => (long?)c.Id).SingleOrDefaultAsync(cancellationToken);
        var key = $"order:{integrationEvent.Order.Id}";
        if (contact is not { } contactId
            || await db.Set<AutomationRun>().AnyAsync(r => r.AutomationId == automation.Id && r.ContactId == contactId && r.Key == key, cancellationToken))
        {
            return;
        }

        var first = automation.Steps.OrderBy(s => s.Position).First().Delay;
        db.Add(new AutomationRun(automation.Id, contactId, key, at, at + first, JsonSerializer.Serialize(new { orderId = integrationEvent.Order.Id }, Json)));
    }
}
