using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Contracts;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Collection;

internal sealed class TrafficLog(VetrinaDbContext db) : ITrafficLog
{
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Set<RawEvent>().AnyAsync(cancellationToken);

    public async Task<IReadOnlyList<Arrival>> ArrivalsAsync(string medium, DateTimeOffset since, IReadOnlyCollection<Guid>? visitors,
        CancellationToken cancellationToken)
    {
        var events = db.Set<RawEvent>().AsNoTracking().Where(e => e.Medium == medium && e.Source != null && e.OccurredAt >= since);
        if (visitors is not null)
        {
            events = events.Where(e => visitors.Contains(e.VisitorId));
        }

        return await events.Select(e => new Arrival(e.VisitorId, e.Source!, e.OccurredAt)).ToListAsync(cancellationToken);
    }
}
