using Microsoft.Extensions.DependencyInjection;

namespace Vetrina.Inventory;

public static class InventoryModule
{
    public static IServiceCollection AddInventoryModule(this IServiceCollection services) =>
        services.AddScoped<StockAvailability>().AddSingleton<StockQueries>();
}
