using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using Vetrina.Admin.Contracts;
using Vetrina.Helpdesk.Features;
using Vetrina.Data;
using Vetrina.Data.Jobs;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Helpdesk.Inbox;
using Vetrina.Helpdesk.Intake;
using Vetrina.Kernel.Security;

namespace Vetrina.Helpdesk;

/// <summary>Customer service: tickets from the contact form and order pages, the agent inbox, answers by email in the customer's language.</summary>
public static class HelpdeskModule
{
    public static IServiceCollection AddHelpdeskModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleModel(typeof(HelpdeskModule).Assembly);
        services.Configure<HelpdeskOptions>(configuration.GetSection("Vetrina:Helpdesk"));
        services.Configure<Sla.SlaOptions>(configuration.GetSection("Vetrina:Helpdesk:Sla")).AddSingleton<Sla.ServiceLevels>();
        services.AddStaffPolicy(StaffPolicies.ServiceAnswer, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent)
            .AddBackOfficeLink(BackOfficeGroups.Service, "Inbox", "/admin/service", StaffPolicies.ServiceAnswer, 10)
            .AddBackOfficeLink(BackOfficeGroups.Service, "Canned replies", "/admin/service/replies", StaffPolicies.ServiceAnswer, 20)
            .AddBackOfficeLink(BackOfficeGroups.Service, "Report", "/admin/service/report", StaffPolicies.ServiceAnswer, 30);
        services.AddScoped<IHelpdeskIntake, ContactIntake>().AddScoped<ICustomerRequests, CustomerRequests>().AddScoped<ISatisfactionSurvey, SatisfactionSurvey>().AddScoped<TicketInbox>().AddScoped<Attachments.AttachmentIntake>().AddScoped<Presence>().AddScoped<TicketActions>().AddScoped<Sla.ServiceReport>().AddScoped<Replies.CannedReplies>().AddScoped<Inbound.InboundMail>();
        services.AddScoped<Search.TicketIndexer>().AddRecurringJob<Search.TicketIndexer>("helpdesk-search", TimeSpan.FromSeconds(5),
            (indexer, cancellationToken) => indexer.IndexAsync(cancellationToken));
        services.Configure<Inbound.ImapOptions>(configuration.GetSection("Vetrina:Helpdesk:Imap")).AddSingleton<Inbound.ImapPoller>();
        var imap = configuration.GetSection("Vetrina:Helpdesk:Imap").Get<Inbound.ImapOptions>() ?? new Inbound.ImapOptions();
        if (!string.IsNullOrWhiteSpace(imap.Host))
        {
            services.AddRecurringJob<Inbound.ImapPoller>("helpdesk-imap", imap.PollInterval, (poller, cancellationToken) => poller.PollAsync(cancellationToken));
        }

        return services;
    }

    /// <summary>The ticket page's script (who else is on the ticket).</summary>
    internal static readonly EmbeddedScript PresenceScript = new(typeof(HelpdeskModule).Assembly, "presence.js", "/admin/service/assets/presence.js");

    public static IEndpointRouteBuilder MapHelpdeskEndpoints(this IEndpointRouteBuilder app)
    {
        PresenceScript.MapTo(app);
        return app.MapHelpdeskInbound();
    }
}
