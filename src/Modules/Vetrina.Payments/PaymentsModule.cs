using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Payments.Contracts;
using Vetrina.Payments.Stripe;
using Vetrina.Payments.TestNetwork;
using Vetrina.Data;

namespace Vetrina.Payments;

public static class PaymentsModule
{
    /// <summary>The provider is chosen by <c>Vetrina:Payments:Provider</c>: <c>test</c> (the built-in card network, the default) or <c>stripe</c>.</summary>
    public static IServiceCollection AddPaymentsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleModel(typeof(PaymentsModule).Assembly);
        services.Configure<StripeOptions>(configuration.GetSection("Vetrina:Payments:Stripe"));
        services.AddSingleton<TestCardNetwork>();
        services.AddSingleton<StripeProvider>();
        services.AddScoped<IProviderEventLog, StripeEventLog>();
        services.AddSingleton<IProviderWebhook, StripeWebhook>();
        var stripe = string.Equals(configuration["Vetrina:Payments:Provider"], StripeProvider.ProviderName, StringComparison.OrdinalIgnoreCase);
        services.AddSingleton<IPaymentProvider>(provider => stripe ? provider.GetRequiredService<StripeProvider>() : provider.GetRequiredService<TestCardNetwork>());
        return services;
    }

    public static IEndpointRouteBuilder MapPaymentsEndpoints(this IEndpointRouteBuilder app) => app.MapTestNetworkChallenge();
}
