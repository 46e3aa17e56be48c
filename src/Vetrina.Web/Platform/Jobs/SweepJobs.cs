using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Vetrina.Analytics.Aggregation;
using Vetrina.Cart.Shopping;
using Vetrina.EmailMarketing.Automations;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.Marketing.Influencers;
using Vetrina.Messaging.Delivery;
using Vetrina.Orders.Expiry;
using Vetrina.Webhooks.Delivery;

namespace Vetrina.Web.Platform.Jobs;

// The recurring work of the modules, as Quartz jobs. Each job only calls its module's service, which keeps its own
// state in the database: a job that runs late, twice or on another node after a crash does no harm.

/// <summary>Sends the emails waiting in the outbox.</summary>
[DisallowConcurrentExecution]
internal sealed class OutboxDeliveryJob(OutboxDelivery delivery) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await delivery.DeliverAllDueAsync(cancellationToken);
}

/// <summary>Cancels orders left unpaid past their window and releases holds no order claims.</summary>
[DisallowConcurrentExecution]
internal sealed class UnpaidOrderExpiryJob(UnpaidOrderExpiry expiry) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await expiry.SweepAsync(cancellationToken);
}

/// <summary>Posts queued webhook events to the endpoints that want them.</summary>
[DisallowConcurrentExecution]
internal sealed class WebhookDeliveryJob(WebhookSender sender) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await sender.SendDueAsync(cancellationToken);
}

/// <summary>Removes bags nobody has touched for the retention period.</summary>
[DisallowConcurrentExecution]
internal sealed class CartRetentionJob(CartRetention retention) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await retention.RemoveStaleAsync(cancellationToken);
}

/// <summary>Rebuilds today's and yesterday's analytics (and days late events reached) from raw events.</summary>
[DisallowConcurrentExecution]
internal sealed class AnalyticsAggregationJob(DayAggregation aggregation) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await aggregation.RunAsync(cancellationToken);
}

/// <summary>Deletes past days' cookieless salts and raw events past their retention.</summary>
[DisallowConcurrentExecution]
internal sealed class AnalyticsRetentionJob(RawEventRetention retention) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await retention.RunAsync(cancellationToken);
}

/// <summary>Prepares due campaigns, decides A/B tests and sends what is due.</summary>
[DisallowConcurrentExecution]
internal sealed class EmailCampaignJob(CampaignRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await runner.RunAsync(cancellationToken);
}

/// <summary>Makes buyers contacts, takes checkout consents, refreshes order figures and RFM scores, and asks Korean subscribers to re-confirm every two years.</summary>
[DisallowConcurrentExecution]
internal sealed class ContactSyncJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContactSync>().RunAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ContactBook>().AskForReconfirmationAsync(cancellationToken);
    }
}

/// <summary>Starts flow runs for new triggers and writes the flow emails that are due.</summary>
[DisallowConcurrentExecution]
internal sealed class AutomationJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AutomationEngine>().RunAsync(cancellationToken);
    }
}

/// <summary>Finds the orders influencers earned by code or link and values them again as returns come in.</summary>
[DisallowConcurrentExecution]
internal sealed class InfluencerAttributionJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InfluencerAttribution>().RunAsync(cancellationToken);
    }
}
