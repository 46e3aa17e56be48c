using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Domain;
using Vetrina.Data;

namespace Vetrina.Analytics.Visitors;

/// <summary>
/// Today's secret salt for cookieless visitor ids, shared by every node through the database (the first node to need it
/// makes it), remembered in memory for the day; every other day's is deleted by <see cref="ForgetPastAsync"/>. The
/// day is the shop's reporting day (midnight in its zone), the day a visit is counted in: a salt that changed at midnight
/// UTC would make one visitor two people between midnight and 1 a.m. in Rome, and all morning in Seoul.
/// </summary>
internal sealed class SaltStore(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AnalyticsOptions> options)
{
    // One reference, swapped whole: a request never sees today's day with yesterday's salt.
    private volatile DaySalt? current;

    public async ValueTask<byte[]> TodayAsync(CancellationToken cancellationToken)
    {
        var today = ReportingDays.Today(clock, options.Value.Zone);
        if (current is { } known && known.Day == today)
        {
            return known.Salt;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        // Two nodes may race to make the day's salt: the first insert wins and both read it back.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO analytics_salts (\"Day\", \"Salt\") VALUES ({today}, {RandomNumberGenerator.GetBytes(32)}) ON CONFLICT (\"Day\") DO NOTHING",
            cancellationToken);
        var salt = await db.Set<VisitorSalt>().Where(s => s.Day == today).Select(s => s.Salt).SingleAsync(cancellationToken);
        current = new DaySalt(today, salt);
        return salt;
    }

    /// <summary>Deletes every salt but today's: past days' ids can no longer be recomputed from anyone's address.</summary>
    public async Task<int> ForgetPastAsync(CancellationToken cancellationToken)
    {
        var today = ReportingDays.Today(clock, options.Value.Zone);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        return await db.Set<VisitorSalt>().Where(s => s.Day != today).ExecuteDeleteAsync(cancellationToken);
    }

    private sealed record DaySalt(DateOnly Day, byte[] Salt);
}
