using System.Diagnostics.Metrics;

namespace Vetrina.Inventory;

/// <summary>The inventory's own measurements, exported with the others (OTLP, or /metrics for Prometheus).</summary>
internal sealed class InventoryMetrics
{
    public const string MeterName = "Vetrina.Inventory";

    public InventoryMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        ReservationDuration = meter.CreateHistogram("vetrina.stock.reservation.duration", "ms",
            "Time to hold an order's stock, waiting for row locks included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 250, 500, 1000, 2500] });
    }

    public Histogram<double> ReservationDuration { get; }
}
