using System.Diagnostics.Metrics;

namespace Vetrina.Data.Events;

/// <summary>How the dispatcher is doing, exported with the other measurements (OTLP, or /metrics for Prometheus).</summary>
public sealed class EventMetrics
{
    public const string MeterName = "Vetrina.Events";

    public EventMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Handled = meter.CreateCounter<long>("vetrina.events.handled", description: "Deliveries a handler finished.");
        Failed = meter.CreateCounter<long>("vetrina.events.failed", description: "Tries that threw; the delivery waits for its next try.");
        DeadLettered = meter.CreateCounter<long>("vetrina.events.dead_lettered", description: "Deliveries given up after the last try.");
        Lag = meter.CreateHistogram("vetrina.events.lag", "ms", "From an event's commit to its handler finishing.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] });
    }

    public Counter<long> Handled { get; }

    public Counter<long> Failed { get; }

    public Counter<long> DeadLettered { get; }

    public Histogram<double> Lag { get; }
}
