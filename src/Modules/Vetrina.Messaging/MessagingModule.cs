using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Messaging.Contracts;
using Vetrina.Messaging.Delivery;
using Vetrina.Messaging.Outbox;
using Vetrina.Messaging.Signing;
using Microsoft.Extensions.Options;
using Vetrina.Data.Jobs;
using Vetrina.Data;

namespace Vetrina.Messaging;

public static class MessagingModule
{
    public static IServiceCollection AddMessagingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleModel(typeof(MessagingModule).Assembly);
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection("Vetrina:Smtp")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SenderCheck>();
        services.AddSingleton<IMailSigner, MailSigner>();
        services.AddSingleton<MailSender>();
        services.AddSingleton<OutboxDelivery>();
        services.AddScoped<IMailOutbox, MailOutbox>().AddScoped<IMailHistory, MailHistory>();
        var smtp = configuration.GetSection("Vetrina:Smtp").Get<SmtpOptions>() ?? new SmtpOptions();
        services.AddRecurringJob<OutboxDelivery>("outbox-delivery", smtp.PollInterval, (delivery, cancellationToken) => delivery.DeliverAllDueAsync(cancellationToken));
        return services;
    }
}
