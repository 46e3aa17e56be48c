using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Privacy.Consent;
using Vetrina.Privacy.Contracts;
using Vetrina.Privacy.Ledger;
using Vetrina.Data;

namespace Vetrina.Privacy;

/// <summary>Cookie consent with proof (Garante, GDPR, PIPA) and the consent ledger every module records in.</summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacyModule(this IServiceCollection services) =>
        services.AddModuleModel(typeof(PrivacyModule).Assembly)
            .AddScoped<IConsentLedger, ConsentLedger>();

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder app) => app.MapConsent();
}
