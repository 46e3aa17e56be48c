using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetrina.Admin.Contracts;
using Vetrina.Cart.Contracts.Events;
using Vetrina.Data.Events;
using Vetrina.Data.Jobs;
using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.EmailMarketing.Automations;
using Vetrina.EmailMarketing.Bounces;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Contracts;
using Vetrina.EmailMarketing.Features.Api;
using Vetrina.EmailMarketing.Segments;
using Vetrina.EmailMarketing.Sending;
using Vetrina.EmailMarketing.Subscriptions;
using Vetrina.EmailMarketing.Tracking;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Privacy.Contracts.Events;

namespace Vetrina.EmailMarketing;

/// <summary>Email marketing: contacts and consent, segments, Liquid templates, campaigns and flows sent over SMTP, tracking, bounces (ADR-013).</summary>
public static class EmailMarketingModule
{
    public static IServiceCollection AddEmailMarketingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleModel(typeof(EmailMarketingModule).Assembly).AddShopSeed<Seed.EmailMarketingSeed>();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection("Vetrina:Email")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, CampaignSenderCheck>();
        services.AddScoped<ContactBook>().AddScoped<INewsletter, Newsletter>();
        services.AddScoped<ContactImport>();
        services.AddScoped<ContactSync>();
        services.AddScoped<SegmentQuery>();
        services.AddScoped<CampaignAudience>();
        services.AddScoped<CampaignPreparation>();
        services.AddScoped<CampaignReport>();
        services.AddScoped<EmailPlanner>();
        services.AddScoped<EmailTracking>();
        services.AddScoped<DeliveryReports>();
        services.AddScoped<AutomationEngine>();
        services.AddSingleton<CampaignSender>();
        services.AddSingleton<CampaignRunner>();
        services.AddEventHandler<ConsentGiven, ApplyShopConsents>();
        services.AddEventHandler<ConsentWithdrawn, ApplyShopConsents>();
        services.AddEventHandler<OrderPlaced, FollowOrders>();
        services.AddEventHandler<OrderDelivered, FollowOrders>();
        services.AddEventHandler<CartAbandoned, FollowBags>();
        services.AddBackOfficeLink(BackOfficeGroups.Marketing, "Email", "/admin/email", StaffPolicies.MarketingManage, 30);
        services.AddRecurringJob<CampaignRunner>("email-campaigns", configuration.GetValue("Vetrina:Smtp:PollInterval", TimeSpan.FromSeconds(2)),
                (runner, cancellationToken) => runner.RunAsync(cancellationToken))
            .AddRecurringJob("email-contact-sync", TimeSpan.FromMinutes(5), async (provider, cancellationToken) =>
            {
                await provider.GetRequiredService<ContactSync>().RunAsync(cancellationToken);
                await provider.GetRequiredService<ContactBook>().AskForReconfirmationAsync(cancellationToken);
            })
            .AddRecurringJob<AutomationEngine>("email-automations", TimeSpan.FromMinutes(1), (engine, cancellationToken) => engine.RunAsync(cancellationToken));
        return services;
    }

    public static IEndpointRouteBuilder MapEmailMarketingEndpoints(this IEndpointRouteBuilder app) => app.MapEmailTracking().MapEmailApi();
}
