using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Messaging.Contracts;
using Vetrina.Messaging.Delivery;
using Vetrina.Messaging.Outbox;

namespace Vetrina.Messaging;

public static class MessagingModule
{
    public static IServiceCollection AddMessagingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Vetrina:Smtp"));
        services.AddSingleton<MailSender>();
        services.AddSingleton<OutboxDelivery>();
        services.AddScoped<IMailOutbox, MailOutbox>();
        return services;
    }
}
