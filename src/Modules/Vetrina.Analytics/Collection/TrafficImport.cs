using Microsoft.Extensions.Options;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Contracts;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Visitors;
using Vetrina.Data;

namespace Vetrina.Analytics.Collection;

internal sealed class TrafficImport(VetrinaDbContext db, DayAggregation aggregation, IOptions<AnalyticsOptions> options, TimeProvider clock) : ITrafficImport
{
    public TimeZoneInfo ReportingZone => options.Value.Zone;

    public async Task<ImportedTraffic> ImportAsync(IReadOnlyList<CollectedBatch> batches, CancellationToken cancellationToken)
    {
        var zone = options.Value.Zone;
        var accepted = new List<RawEvent>();
        var refused = new List<string>();
        var filtered = 0;
        foreach (var (batch, index) in batches.Select((b, i) => (b, i)))
        {
            ParsedBatch parsed;
            try
            {
                parsed = EventParser.Parse(batch.Body, new CollectContext(batch.ReceivedAt, batch.Visitor, UserAgents.Device(batch.UserAgent), batch.Country,
                    batch.Host, zone, options.Value.SiteHosts, Automated: UserAgents.IsBot(batch.UserAgent)));
            }
            catch (EventParser.MalformedBatchException error)
            {
                refused.Add($"batch {index}: {error.Message}");
                continue;
            }

            filtered += parsed.Rejected.Count(r => r.Reason == EventParser.AutomatedAgent);
            refused.AddRange(parsed.Rejected.Where(r => r.Reason != EventParser.AutomatedAgent).Select(r => $"batch {index}, event {r.Index} ({r.Name}): {r.Reason}"));
            accepted.AddRange(parsed.Accepted);
        }

        if (accepted.Count > 0)
        {
            await EventStore.WriteAsync(db, accepted, ReportingDays.Settled(clock, zone), cancellationToken);
        }

        return new ImportedTraffic(accepted.Count, refused, filtered);
    }

    public async Task RebuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            await aggregation.RebuildAsync(day, cancellationToken);
        }
    }
}
