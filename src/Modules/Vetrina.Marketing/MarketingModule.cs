using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Marketing.Campaigns;

namespace Vetrina.Marketing;

/// <summary>The digital-marketing suite: campaigns and their tracked links, so far.</summary>
public static class MarketingModule
{
    public static IServiceCollection AddMarketingModule(this IServiceCollection services) => services.AddScoped<CampaignPlanner>();

    public static IEndpointRouteBuilder MapMarketingEndpoints(this IEndpointRouteBuilder app) => app.MapTrackedLinks();
}
