using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.Markets;

public static class MarketsModule
{
    public static IServiceCollection AddMarketsModule(this IServiceCollection services) =>
        services.AddSingleton<MarketDirectory>();
}
