using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Contracts;
using Vetrina.Kernel.Security;
using Vetrina.Orders.Checkout;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Expiry;
using Vetrina.Orders.Features.Api;
using Vetrina.Orders.Notifications;
using Vetrina.Orders.Payments;
using Vetrina.Orders.Shipping;
using Vetrina.Data.Jobs;
using Vetrina.Orders.Aftersales;
using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.Data.Security;

namespace Vetrina.Orders;

public static class OrdersModule
{
    /// <summary>The admission policy of order placement (see <see cref="AddOrdersModule"/>).</summary>
    public const string PlacementLimit = "order-placement";

    /// <summary>Orders one client address may place per window (the shop's checkout and the API).</summary>
    public const string CheckoutLimit = "Checkout";

    public static IServiceCollection AddOrdersModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleModel(typeof(OrdersModule).Assembly).AddShopSeed<Seed.OrdersSeed>();
        services.Configure<OrderOptions>(configuration.GetSection("Vetrina:Orders"));
        services.AddStaffPolicy(StaffPolicies.OrdersRead, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent, StaffRoles.Warehouse)
            .AddStaffPolicy(StaffPolicies.OrdersFulfil, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse)
            .AddStaffPolicy(StaffPolicies.OrdersManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent)
            .AddApiTokenPolicy(StaffPolicies.ApiOrdersRead, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent, StaffRoles.Warehouse)
            .AddApiTokenPolicy(StaffPolicies.ApiOrdersFulfil, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Warehouse)
            .AddApiTokenPolicy(StaffPolicies.ApiOrdersManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.Agent)
            .AddBackOfficeLink(BackOfficeGroups.Orders, "Orders", "/admin/orders", StaffPolicies.OrdersRead, 10)
            .AddBackOfficeLink(BackOfficeGroups.Orders, "Pick & ship", "/admin/fulfilment", StaffPolicies.OrdersFulfil, 20)
            .AddBackOfficeLink(BackOfficeGroups.Orders, "Returns", "/admin/returns", StaffPolicies.OrdersRead, 25)
            .AddBackOfficeLink(BackOfficeGroups.Orders, "Withdrawals", "/admin/withdrawals", StaffPolicies.OrdersRead, 30);
        services.AddMemoryCache();
        services.AddSingleton<OrderNumbers>();
        services.AddSingleton<OrderMail>();
        services.AddScoped<IWithdrawals, Withdrawals>().AddScoped<WithdrawalLog>().AddScoped<WithdrawalRefunds>();
        services.Configure<ReturnPolicyOptions>(configuration.GetSection("Vetrina:Returns"));
        services.AddSingleton<ReturnMail>().AddSingleton<ReturnLabel>();
        services.AddScoped<ReturnRequests>().AddScoped<IReturnRequests>(sp => sp.GetRequiredService<ReturnRequests>()).AddScoped<ReturnRefunds>().AddScoped<ReturnExchanges>();
        services.AddSingleton<OrderSnapshots>();
        services.AddScoped<ShippingRates>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<OrderPayments>();
        services.AddScoped<OrderQueries>().AddScoped<IShopperOrders, ShopperOrders>().AddScoped<ICheckout, ShopCheckout>();
        services.AddScoped<Contracts.IBuyerHistory, Reporting.BuyerHistory>();
        services.AddScoped<Contracts.IOrderDirectory, Reporting.OrderDirectory>();
        services.AddScoped<IReturnStatistics, Reporting.ReturnStatistics>();
        services.AddScoped<Fulfilment.OrderFulfilment>();
        services.AddScoped<Aftersales.OrderAdministration>();
        services.AddScoped<Aftersales.OrderReturns>();
        services.AddScoped<IOrderOperations, OrderOperations>();
        services.AddSingleton<UnpaidOrderExpiry>();

        // A node places a few orders at a time and queues the rest in arrival order. In a drop, thousands of shoppers
        // pressing "pay" at once would otherwise all be inside the database together, each statement waiting for a CPU
        // the others hold; a short queue in front serves them sooner. Only a queue beyond all reason is turned away.
        var permits = configuration.GetValue("Vetrina:Orders:ConcurrentPlacements", Environment.ProcessorCount * 16);
        var waiting = configuration.GetValue("Vetrina:Orders:PlacementQueue", 10_000);
        services.AddRateLimiter(limiter =>
        {
            limiter.AddConcurrencyLimiter(PlacementLimit, queue =>
            {
                queue.PermitLimit = permits;
                queue.QueueLimit = waiting;
                queue.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        // Beside the queue, a limit per client: one address placing order after order is testing stolen cards, not shopping.
        services.AddWindowLimit(CheckoutLimit, permits: 30, TimeSpan.FromMinutes(10));
        var orders = configuration.GetSection("Vetrina:Orders").Get<OrderOptions>() ?? new OrderOptions();
        services.AddRecurringJob<UnpaidOrderExpiry>("unpaid-order-expiry", orders.ExpirySweep, (expiry, cancellationToken) => expiry.SweepAsync(cancellationToken));
        return services;
    }

    public static IEndpointRouteBuilder MapOrdersEndpoints(this IEndpointRouteBuilder app) => app.MapCheckoutApi().MapFulfilmentApi().MapStripeWebhook();
}
