using Microsoft.Extensions.DependencyInjection;
using Vetrina.Inventory.Reservations;

namespace Vetrina.Inventory;

public static class InventoryModule
{
    public static IServiceCollection AddInventoryModule(this IServiceCollection services) =>
        services.AddScoped<StockAvailability>().AddScoped<StockReservations>().AddSingleton<StockQueries>();
}
