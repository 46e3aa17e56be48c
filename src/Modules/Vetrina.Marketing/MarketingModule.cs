using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Contracts;
using Vetrina.Kernel.Security;
using Vetrina.Marketing.TrackedLinks;
using Vetrina.Marketing.Features.Api;
using Vetrina.Marketing.Influencers;
using Vetrina.Marketing.Social;
using Vetrina.Marketing.Subscriptions;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Data.Events;
using Vetrina.Data.Jobs;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Marketing;

/// <summary>The digital-marketing suite: campaigns and their tracked links, influencers and their commissions, the social calendar.</summary>
public static class MarketingModule
{
    public static IServiceCollection AddMarketingModule(this IServiceCollection services) => services
        .AddModuleModel(typeof(MarketingModule).Assembly).AddShopSeed<Seed.MarketingSeed>()
        .AddScoped<CampaignPlanner>()
        .AddScoped<InfluencerRoster>()
        .AddScoped<InfluencerAttribution>()
        .AddScoped<InfluencerStatements>()
        .AddScoped<InfluencerReport>()
        .AddScoped<SocialCalendar>()
        .AddScoped<EngagementImport>()
        // Marketing's capability, shared by the email and content modules' pages and API.
        .AddStaffPolicy(StaffPolicies.MarketingManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager)
        .AddApiTokenPolicy(StaffPolicies.ApiMarketingManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager)
        .AddBackOfficeLink(BackOfficeGroups.Marketing, "Campaigns", "/admin/marketing/campaigns", StaffPolicies.MarketingManage, 20)
        .AddBackOfficeLink(BackOfficeGroups.Marketing, "Influencers", "/admin/marketing/influencers", StaffPolicies.MarketingManage, 40)
        .AddBackOfficeLink(BackOfficeGroups.Marketing, "Social", "/admin/marketing/social", StaffPolicies.MarketingManage, 50)
        // Each order is attributed as its events arrive; the job attributes again for clicks collected late and changed rules.
        .AddEventHandler<OrderPlaced, FollowSales>()
        .AddEventHandler<OrderCancelled, FollowSales>()
        .AddEventHandler<OrderRefunded, FollowSales>()
        .AddEventHandler<ReturnReceived, FollowSales>()
        .AddRecurringJob<InfluencerAttribution>("influencer-attribution", TimeSpan.FromMinutes(15),
            (attribution, cancellationToken) => attribution.RunAsync(cancellationToken));

    public static IEndpointRouteBuilder MapMarketingEndpoints(this IEndpointRouteBuilder app) => app.MapTrackedLinks().MapInfluencerLinks().MapInfluencerApi();
}
