using System.Diagnostics.Metrics;

namespace Vetrina.Analytics;

/// <summary>The collector's own measurements: what came in, what was refused and why, and how long writes take.</summary>
internal sealed class AnalyticsMetrics
{
    public const string MeterName = "Vetrina.Analytics";

    private readonly Counter<long> received;
    private readonly Counter<long> written;
    private readonly Histogram<double> writeDuration;

    public AnalyticsMetrics(IMeterFactory meters, Collection.EventQueue queue)
    {
        var meter = meters.Create(MeterName);
        // How full the queue is: a node near its capacity is about to answer 429 (the database is slow or away).
        meter.CreateObservableGauge("vetrina.analytics.queue", () => queue.Held, "{event}", "Events waiting for their database write on this node.");
        received = meter.CreateCounter<long>("vetrina.analytics.events", "{event}", "Events the collector received, by outcome (accepted, rejected with a reason, bot, throttled).");
        written = meter.CreateCounter<long>("vetrina.analytics.events.written", "{event}", "Events committed to the database.");
        writeDuration = meter.CreateHistogram("vetrina.analytics.write.duration", "ms", "Time to write one batch of events.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 250, 500, 1000] });
    }

    public void Received(long count, string outcome, string? reason = null) =>
        received.Add(count, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("reason", reason));

    public void Written(int count, TimeSpan took)
    {
        written.Add(count);
        writeDuration.Record(took.TotalMilliseconds);
    }
}
