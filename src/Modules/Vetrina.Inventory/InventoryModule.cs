using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Contracts;
using Vetrina.Inventory.Contracts;
using Vetrina.Inventory.Features.Api;
using Vetrina.Inventory.Operations;
using Vetrina.Inventory.Reservations;
using Vetrina.Kernel.Security;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Inventory;

public static class InventoryModule
{
    public static IServiceCollection AddInventoryModule(this IServiceCollection services) =>
        services.AddModuleModel(typeof(InventoryModule).Assembly).AddShopSeed<Seed.InventorySeed>()
            .AddMemoryCache().AddScoped<StockAvailability>().AddScoped<IStockAvailability>(sp => sp.GetRequiredService<StockAvailability>()).AddScoped<StockReservations>().AddScoped<IStockReservations, OrderStock>().AddScoped<StockOperations>().AddScoped<StockLedger>().AddSingleton<StockQueries>()
            .AddSingleton<InventoryMetrics>().AddScoped<IStockAlerts, LowStockAlerts>().AddScoped<IStockLocations, StockLocations>()
            .AddScoped<IStockHolds, StockHolds>().AddScoped<IStockReceipts, StockReceipts>()
            .AddStaffPolicy(StaffPolicies.StockManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse)
            .AddApiTokenPolicy(StaffPolicies.ApiStockManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse)
            .AddBackOfficeLink(BackOfficeGroups.Orders, "Stock", "/admin/stock", StaffPolicies.StockManage, 30);

    public static IEndpointRouteBuilder MapInventoryEndpoints(this IEndpointRouteBuilder app) => app.MapStockApi();
}
