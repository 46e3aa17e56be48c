using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Contracts;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Collection;
using Vetrina.Analytics.Contracts;
using Vetrina.Analytics.Features.Api;
using Vetrina.Analytics.Reporting;
using Vetrina.Analytics.Spend;
using Vetrina.Analytics.Subscriptions;
using Vetrina.Analytics.Tracking;
using Vetrina.Analytics.Visitors;
using Vetrina.Data.Events;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Data.Jobs;
using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.Data.Security;

namespace Vetrina.Analytics;

/// <summary>
/// First-party web analytics: the collector and tracking script, server-side events from orders, cookieless visitor ids,
/// and the sessions and daily rollups that the dashboards read.
/// </summary>
public static class AnalyticsModule
{
    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleModel(typeof(AnalyticsModule).Assembly).AddShopSeed<Seed.AnalyticsSeed>();
        services.Configure<AnalyticsOptions>(configuration.GetSection("Vetrina:Analytics"));
        services.AddSingleton<AnalyticsMetrics>();
        // A shopper's pages send a few events each; thousands a minute from one address are a script filling the reports.
        services.AddWindowLimit(CollectEndpoint.Limit, permits: 1_200, TimeSpan.FromMinutes(1));
        services.AddSingleton<SaltStore>();
        services.AddMemoryCache().AddSingleton<Streams.StreamSecrets>();
        services.AddSingleton<VisitorIdentity>().AddSingleton<IVisitors>(s => s.GetRequiredService<VisitorIdentity>());
        services.AddSingleton<EventQueue>();
        services.AddSingleton<ServerEvents>();
        services.AddEventHandler<OrderPlaced, RecordOrderEvents>();
        services.AddEventHandler<OrderCancelled, RecordOrderEvents>();
        services.AddEventHandler<OrderRefunded, RecordOrderEvents>();
        services.AddEventHandler<ReturnReceived, RecordOrderEvents>();
        services.AddHostedService<EventWriter>();
        services.AddSingleton<DayAggregation>();
        services.AddScoped<AnalyticsReports>();
        services.AddScoped<SliceReach>();
        services.AddScoped<BagAbandonment>();
        services.AddScoped<ICampaignResults, CampaignResults>();
        services.AddScoped<IExchangeRates, ExchangeRates>();
        services.AddScoped<ITrafficLog, Collection.TrafficLog>();
        services.AddScoped<ITrafficImport, Collection.TrafficImport>();
        services.AddStaffPolicy(StaffPolicies.AnalyticsRead, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager);
        services.AddStaffPolicy(StaffPolicies.AnalyticsManage, StaffRoles.Admin, StaffRoles.MarketingManager);
        services.AddApiTokenPolicy(StaffPolicies.ApiAnalyticsRead, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager);
        services.AddSingleton<Features.Api.AnalyticsApi.Context>();
        services.AddBackOfficeLink(BackOfficeGroups.Marketing, "Analytics", "/admin/analytics", StaffPolicies.AnalyticsRead, 10);
        services.AddScoped<AdSpendImporter>();
        services.AddSingleton<RawEventRetention>();
        var aggregateEvery = (configuration.GetSection("Vetrina:Analytics").Get<AnalyticsOptions>() ?? new AnalyticsOptions()).AggregateEvery;
        services.AddRecurringJob<DayAggregation>(DayAggregation.JobName, aggregateEvery, (aggregation, cancellationToken) => aggregation.RunAsync(cancellationToken))
            // Hourly, so that a salt is gone within the hour after its day ends.
            .AddRecurringJob<RawEventRetention>("analytics-retention", TimeSpan.FromHours(1), (retention, cancellationToken) => retention.RunAsync(cancellationToken));
        return services;
    }

    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder app) => app.MapCollect().MapTrackingScript().MapAnalyticsApi();
}
