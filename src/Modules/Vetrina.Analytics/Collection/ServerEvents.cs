using Microsoft.Extensions.Options;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Collection;

/// <summary>
/// What the server knows better than a browser: purchases, refunds and returns, recorded from the orders themselves in
/// the transaction of the change, so that analytics revenue is order revenue, no more (ad blockers, a reload of the
/// thank-you page) and no less.
/// </summary>
internal sealed class ServerEvents(IOptions<AnalyticsOptions> options, TimeProvider clock)
{
    /// <summary>Adds the event to the caller's unit of work; saved and committed with it.</summary>
    public async Task RecordAsync(VetrinaDbContext db, RawEvent e, CancellationToken cancellationToken)
    {
        e.Day = ReportingDays.Of(e.OccurredAt, options.Value.Zone);
        e.ReceivedAt = clock.GetUtcNow();
        db.Add(e);
        // Nearly always today: only an order placed days before its payment went through touches a settled day.
        await EventStore.MarkLateDaysAsync(db, [e], ReportingDays.Settled(clock, options.Value.Zone), cancellationToken);
    }
}
