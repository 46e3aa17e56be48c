using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Marketing.Campaigns;
using Vetrina.Marketing.Features.Api;
using Vetrina.Marketing.Influencers;
using Vetrina.Marketing.Social;

namespace Vetrina.Marketing;

/// <summary>The digital-marketing suite: campaigns and their tracked links, influencers and their commissions, the social calendar.</summary>
public static class MarketingModule
{
    public static IServiceCollection AddMarketingModule(this IServiceCollection services) => services
        .AddScoped<CampaignPlanner>()
        .AddScoped<InfluencerRoster>()
        .AddScoped<InfluencerAttribution>()
        .AddScoped<InfluencerStatements>()
        .AddScoped<InfluencerReport>()
        .AddScoped<SocialCalendar>()
        .AddScoped<EngagementImport>();

    public static IEndpointRouteBuilder MapMarketingEndpoints(this IEndpointRouteBuilder app) => app.MapTrackedLinks().MapInfluencerLinks().MapInfluencerApi();
}
