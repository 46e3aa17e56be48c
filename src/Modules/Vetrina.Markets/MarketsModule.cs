using Microsoft.Extensions.DependencyInjection;
using Vetrina.Markets.Contracts;
using Vetrina.Data;

namespace Vetrina.Markets;

public static class MarketsModule
{
    public static IServiceCollection AddMarketsModule(this IServiceCollection services) =>
        services.AddModuleModel(typeof(MarketsModule).Assembly)
            .AddSingleton<IMarketDirectory, MarketDirectory>();
}
