using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Orders.Checkout;
using Vetrina.Orders.Expiry;
using Vetrina.Orders.Features.Api;
using Vetrina.Orders.Notifications;
using Vetrina.Orders.Payments;
using Vetrina.Orders.Shipping;

namespace Vetrina.Orders;

public static class OrdersModule
{
    public static IServiceCollection AddOrdersModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OrderOptions>(configuration.GetSection("Vetrina:Orders"));
        services.AddMemoryCache();
        services.AddSingleton<OrderNumbers>();
        services.AddSingleton<OrderMail>();
        services.AddSingleton<OrderEvents>();
        services.AddScoped<ShippingRates>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<Addresses.AddressBook>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<OrderPayments>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<Fulfilment.OrderFulfilment>();
        services.AddScoped<Fulfilment.OrderAdministration>();
        services.AddScoped<Fulfilment.OrderReturns>();
        services.AddSingleton<UnpaidOrderExpiry>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrdersEndpoints(this IEndpointRouteBuilder app) => app.MapCheckoutApi().MapFulfilmentApi().MapStripeWebhook();
}
