using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Contracts;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Collection;

internal sealed class TrafficLog(VetrinaDbContext db) : ITrafficLog
{
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Set<RawEvent>().AnyAsync(cancellationToken);
}
