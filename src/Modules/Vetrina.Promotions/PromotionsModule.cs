using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.Promotions;

public static class PromotionsModule
{
    public static IServiceCollection AddPromotionsModule(this IServiceCollection services) =>
        services.AddMemoryCache().AddScoped<Pricing.Promotions>().AddScoped<Pricing.GiftCards>();
}
