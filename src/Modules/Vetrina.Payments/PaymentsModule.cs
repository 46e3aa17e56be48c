using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Payments.Providers;
using Vetrina.Payments.TestNetwork;

namespace Vetrina.Payments;

public static class PaymentsModule
{
    public static IServiceCollection AddPaymentsModule(this IServiceCollection services)
    {
        services.AddSingleton<TestCardNetwork>();
        services.AddSingleton<IPaymentProvider>(provider => provider.GetRequiredService<TestCardNetwork>());
        return services;
    }

    public static IEndpointRouteBuilder MapPaymentsEndpoints(this IEndpointRouteBuilder app) => app.MapTestNetworkChallenge();
}
