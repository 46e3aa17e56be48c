using System.Text.Json;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Contracts;

/// <summary>
/// Traffic recorded elsewhere or in the past brought into analytics through the collector's own reading: for a tool that
/// replays or moves history (the demo's traffic simulator), not for the shop's pages, which post to the collector.
/// </summary>
public interface ITrafficImport
{
    /// <summary>The zone whose midnight starts a reporting day.</summary>
    TimeZoneInfo ReportingZone { get; }

    /// <summary>
    /// Reads each batch as the collector would have had it arrived at its time from its browser, and stores the events
    /// it accepts in one transaction, marking their days for rebuilding. Robots' batches are refused, as at the collector,
    /// and counted apart from the other refusals.
    /// </summary>
    Task<ImportedTraffic> ImportAsync(IReadOnlyList<CollectedBatch> batches, CancellationToken cancellationToken);

    /// <summary>Rebuilds the sessions and daily figures of these days (both included) from their events now.</summary>
    Task RebuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>
/// A Measurement-Protocol-shaped body (<c>{"events": [{"name", "timestamp_micros", "params"}]}</c>) and what the
/// collector learns from the request that carries it.
/// </summary>
public sealed record CollectedBatch(JsonElement Body, DateTimeOffset ReceivedAt, Visitor Visitor, string UserAgent, string? Country, string Host);

/// <summary>What an import stored, refused (with the collector's reasons) and filtered as robots' traffic.</summary>
public sealed record ImportedTraffic(int Stored, IReadOnlyList<string> Refused, int Filtered);
