using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vetrina.Cart.Contracts.Events;
using Vetrina.Data;
using Vetrina.EmailMarketing.Automations;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.Kernel.Events;

namespace Vetrina.EmailMarketing.Subscriptions;

/// <summary>
/// Starts the abandoned-bag flow for a bag its shopper left: once per bag and contact, if the flow was on when the bag was
/// last changed and the shopper may be written to. The first reminder counts its delay from that change, so it goes no
/// sooner than the bag is told of as abandoned.
/// </summary>
internal sealed class FollowBags(VetrinaDbContext db, CampaignAudience audience) : IIntegrationEventHandler<CartAbandoned>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(CartAbandoned integrationEvent, CancellationToken cancellationToken)
    {
        var left = integrationEvent.LastChangedAt;
        var automation = await db.Set<Automation>().AsNoTracking().Include(a => a.Steps)
            .SingleOrDefaultAsync(a => a.Kind == AutomationKind.AbandonedCart && a.Enabled, cancellationToken);
        if (automation is not { EnabledAt: { } enabledAt } || enabledAt > left || automation.Steps.Count == 0)
        {
            return;
        }

        var reachable = await audience.ForAsync(automation.SegmentId, aboutBoughtProducts: false, cancellationToken);
        var contact = await reachable.Where(c => c.CustomerId == integrationEvent.CustomerId).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var key = $"cart:{integrationEvent.CartId:N}";
        // Two abandonments of one bag in a delivery chunk: the first one's run is not saved yet.
        if (contact is not { } contactId
            || db.Set<AutomationRun>().Local.Any(r => r.AutomationId == automation.Id && r.ContactId == contactId && r.Key == key)
            || await db.Set<AutomationRun>().AnyAsync(r => r.AutomationId == automation.Id && r.ContactId == contactId && r.Key == key, cancellationToken))
        {
            return;
        }

        var first = automation.Steps.OrderBy(s => s.Position).First().Delay;
        db.Add(new AutomationRun(automation.Id, contactId, key, left, left + first,
            JsonSerializer.Serialize(new { cartId = integrationEvent.CartId, market = integrationEvent.Market }, Json)));
    }
}
