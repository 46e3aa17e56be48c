using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Vetrina.Web.Platform;

internal static class TelemetrySetup
{
    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry. OTLP export switches on with the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; a Prometheus scrape endpoint at /metrics with <c>Vetrina:Metrics:Prometheus</c>.
    /// Console logs are JSON outside Development (appsettings.Production.json), each line with its trace and span ids.
    /// </summary>
    public static WebApplicationBuilder AddVetrinaTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var prometheus = builder.Configuration.GetValue<bool>("Vetrina:Metrics:Prometheus");
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("vetrina"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"));
                tracing.AddSource("Vetrina.*");
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithLogging(logging =>
            {
                if (otlp)
                {
                    logging.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter("Vetrina.*");
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        return builder;
    }

    public static WebApplication MapVetrinaMetrics(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Vetrina:Metrics:Prometheus"))
        {
            // Scraped from inside the network; the proxy in front keeps it from the public (see the README).
            app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        }

        return app;
    }
}
