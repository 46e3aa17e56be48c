using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Messaging.Contracts;
using Vetrina.Messaging.Delivery;
using Vetrina.Messaging.Outbox;
using Vetrina.Data.Jobs;
using Vetrina.Data;

namespace Vetrina.Messaging;

public static class MessagingModule
{
    public static IServiceCollection AddMessagingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleModel(typeof(MessagingModule).Assembly);
        services.Configure<SmtpOptions>(configuration.GetSection("Vetrina:Smtp"));
        services.AddSingleton<MailSender>();
        services.AddSingleton<OutboxDelivery>();
        services.AddScoped<IMailOutbox, MailOutbox>();
        var smtp = configuration.GetSection("Vetrina:Smtp").Get<SmtpOptions>() ?? new SmtpOptions();
        services.AddRecurringJob<OutboxDelivery>("outbox-delivery", smtp.PollInterval, (delivery, cancellationToken) => delivery.DeliverAllDueAsync(cancellationToken));
        return services;
    }
}
