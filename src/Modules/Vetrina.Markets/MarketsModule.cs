using Microsoft.Extensions.DependencyInjection;
using Vetrina.Markets.Contracts;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Markets;

public static class MarketsModule
{
    public static IServiceCollection AddMarketsModule(this IServiceCollection services) =>
        services.AddModuleModel(typeof(MarketsModule).Assembly).AddShopSeed<Seed.MarketsSeed>()
            .AddSingleton<IMarketDirectory, MarketDirectory>();
}
