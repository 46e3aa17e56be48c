using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Vetrina.Web.Platform;

internal static class HealthEndpoints
{
    /// <summary>/healthz: the process answers. /readyz: the database (and what else is tagged ready) answers too.</summary>
    public static WebApplication MapVetrinaHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}
