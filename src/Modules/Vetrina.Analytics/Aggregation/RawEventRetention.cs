using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Visitors;
using Vetrina.Data;

namespace Vetrina.Analytics.Aggregation;

/// <summary>
/// The daily clean-up: past days' salts deleted (cookieless ids can no longer be traced back), raw events past the
/// retention period deleted (their rollups stay, so dashboards keep every day).
/// </summary>
internal sealed class RawEventRetention(IServiceScopeFactory scopes, SaltStore salts, IOptions<AnalyticsOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await salts.ForgetPastAsync(cancellationToken);
        var oldest = ReportingDays.Today(clock, options.Value.Zone).AddDays(-options.Value.RawRetentionDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        return await db.Set<RawEvent>().Where(e => e.Day < oldest).ExecuteDeleteAsync(cancellationToken);
    }
}
