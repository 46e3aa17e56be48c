using Microsoft.AspNetCore.Routing;
using Vetrina.Privacy.Consent;

namespace Vetrina.Privacy;

/// <summary>Cookie consent with proof (Garante, GDPR, PIPA); later, the cookieless visitor counting of analytics.</summary>
public static class PrivacyModule
{
    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder app) => app.MapConsent();
}
