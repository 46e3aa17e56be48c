using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Contracts;
using Vetrina.Data.Events;
using Vetrina.Inventory.Contracts.Events;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Webhooks.Delivery;
using Vetrina.Webhooks.Subscriptions;
using Microsoft.Extensions.Configuration;
using Vetrina.Data.Jobs;
using Vetrina.Data;

namespace Vetrina.Webhooks;

public static class WebhooksModule
{
    public static IServiceCollection AddWebhooksModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleModel(typeof(WebhooksModule).Assembly);
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<WebhookSender>();
        services.AddBackOfficeLink(BackOfficeGroups.Settings, "Webhooks", "/admin/webhooks", StaffPolicies.Administer, 30);
        services.AddEventHandler<OrderPlaced, QueueOrderWebhooks>();
        services.AddEventHandler<OrderPaid, QueueOrderWebhooks>();
        services.AddEventHandler<OrderShipped, QueueOrderWebhooks>();
        services.AddEventHandler<OrderCancelled, QueueOrderWebhooks>();
        services.AddEventHandler<OrderRefunded, QueueOrderWebhooks>();
        services.AddEventHandler<StockLow, QueueStockWebhooks>();
        // Posted as often as the email outbox is sent (Vetrina:Smtp:PollInterval).
        services.AddRecurringJob<WebhookSender>("webhook-delivery", configuration.GetValue("Vetrina:Smtp:PollInterval", TimeSpan.FromSeconds(2)),
            (sender, cancellationToken) => sender.SendDueAsync(cancellationToken));
        return services;
    }
}
