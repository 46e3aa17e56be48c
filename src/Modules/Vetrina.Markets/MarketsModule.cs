using Microsoft.Extensions.DependencyInjection;
using Vetrina.Markets.Contracts;

namespace Vetrina.Markets;

public static class MarketsModule
{
    public static IServiceCollection AddMarketsModule(this IServiceCollection services) =>
        services.AddSingleton<IMarketDirectory, MarketDirectory>();
}
