using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vetrina.Web.Platform;

internal static class HealthEndpoints
{
    /// <summary>
    /// /healthz: the process answers. /readyz: the database (and what else is tagged ready) answers too, with each
    /// check's state and why in JSON; 503 when unhealthy, 200 when healthy or degraded (Redis away: the node still sells).
    /// </summary>
    public static WebApplicationBuilder AddVetrinaHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<NodeDrain>();
        builder.Services.AddHealthChecks().AddCheck<NodeDrain>("node", tags: ["ready"]);
        return builder;
    }

    /// <summary>Made at start, so that it hears the host stopping even if nobody asked /readyz yet.</summary>
    public static WebApplication UseNodeDrain(this WebApplication app)
    {
        var drain = app.Services.GetRequiredService<NodeDrain>();
        app.Use((http, next) =>
        {
            if (drain.IsStopping)
            {
                http.Response.Headers.Connection = "close";
            }

            return next(http);
        });
        return app;
    }

    public static WebApplication MapVetrinaHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteAsync })
            .AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.Message }),
        }, cancellationToken: http.RequestAborted);
    }
}
