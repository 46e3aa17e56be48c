using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Markets.Calendars;
using Vetrina.Markets.Contracts;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Markets;

public static class MarketsModule
{
    public static IServiceCollection AddMarketsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HolidayOptions>(configuration.GetSection("Vetrina:Markets:Holidays"));
        return services.AddModuleModel(typeof(MarketsModule).Assembly).AddShopSeed<Seed.MarketsSeed>()
            .AddSingleton<IMarketDirectory, MarketDirectory>()
            .AddSingleton<IMarketCalendars, MarketCalendars>();
    }
}
