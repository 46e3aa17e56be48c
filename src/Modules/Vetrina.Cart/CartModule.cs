using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Cart.Contracts;
using Vetrina.Cart.Features.Api;
using Vetrina.Cart.Shopping;
using Vetrina.Data.Jobs;
using Vetrina.Data;

namespace Vetrina.Cart;

public static class CartModule
{
    public static IServiceCollection AddCartModule(this IServiceCollection services)
    {
        services.AddModuleModel(typeof(CartModule).Assembly);
        services.AddScoped<CartService>();
        services.AddScoped<IBagCommands, BagCommands>();
        services.AddScoped<IBagDirectory, BagDirectory>();
        services.AddOptions<CartOptions>().BindConfiguration(CartOptions.Section)
            .Validate(o => o.IsValid, $"{CartOptions.Section}:AbandonedAfterMinutes must be a whole number of minutes from 1 to 10080 (a week); 60 if unset.")
            .ValidateOnStart();
        services.AddScoped<AbandonedBags>();
        services.AddRecurringJob<AbandonedBags>("abandoned-bags", TimeSpan.FromMinutes(1), (bags, cancellationToken) => bags.AnnounceAsync(cancellationToken));
        services.AddSingleton<CartRetention>();
        services.AddRecurringJob<CartRetention>("cart-retention", TimeSpan.FromHours(1), (retention, cancellationToken) => retention.RemoveStaleAsync(cancellationToken));
        return services;
    }

    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder app) => app.MapCartApi();
}
