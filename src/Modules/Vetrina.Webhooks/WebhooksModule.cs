using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Contracts;
using Vetrina.Data.Events;
using Vetrina.Inventory.Contracts.Events;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Webhooks.Delivery;
using Vetrina.Webhooks.Subscriptions;

namespace Vetrina.Webhooks;

public static class WebhooksModule
{
    public static IServiceCollection AddWebhooksModule(this IServiceCollection services)
    {
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<WebhookSender>();
        services.AddBackOfficeLink(BackOfficeGroups.Settings, "Webhooks", "/admin/webhooks", StaffPolicies.Administer, 30);
        services.AddEventHandler<OrderPlaced, QueueOrderWebhooks>();
        services.AddEventHandler<OrderPaid, QueueOrderWebhooks>();
        services.AddEventHandler<OrderShipped, QueueOrderWebhooks>();
        services.AddEventHandler<OrderCancelled, QueueOrderWebhooks>();
        services.AddEventHandler<OrderRefunded, QueueOrderWebhooks>();
        services.AddEventHandler<StockLow, QueueStockWebhooks>();
        return services;
    }
}
