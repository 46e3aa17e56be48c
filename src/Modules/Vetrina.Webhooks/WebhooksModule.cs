using Microsoft.Extensions.DependencyInjection;
using Vetrina.Webhooks.Delivery;

namespace Vetrina.Webhooks;

public static class WebhooksModule
{
    public static IServiceCollection AddWebhooksModule(this IServiceCollection services)
    {
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<WebhookSender>();
        return services;
    }
}
