using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Inventory.Contracts;
using Vetrina.Inventory.Features.Api;
using Vetrina.Inventory.Operations;
using Vetrina.Inventory.Reservations;

namespace Vetrina.Inventory;

public static class InventoryModule
{
    public static IServiceCollection AddInventoryModule(this IServiceCollection services) =>
        services.AddMemoryCache().AddScoped<StockAvailability>().AddScoped<StockReservations>().AddScoped<StockOperations>().AddScoped<StockLedger>().AddSingleton<StockQueries>()
            .AddSingleton<InventoryMetrics>().AddScoped<IStockAlerts, LowStockAlerts>();

    public static IEndpointRouteBuilder MapInventoryEndpoints(this IEndpointRouteBuilder app) => app.MapStockApi();
}
