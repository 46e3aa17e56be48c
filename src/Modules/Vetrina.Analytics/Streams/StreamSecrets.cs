using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Analytics.Domain;
using Vetrina.Data;
using Vetrina.Kernel.Security;

namespace Vetrina.Analytics.Streams;

/// <summary>
/// Checks the data streams' secrets the collector is given. A check is remembered for a minute on a node,
/// so a server posting every second reads the database once a minute; a revocation reaches the node it was made on at
/// once and the others within that minute.
/// </summary>
internal sealed class StreamSecrets(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private const string CacheKey = "analytics-stream";
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);

    /// <summary>Forgets what this node remembered of a secret (its stream was just revoked here).</summary>
    public void Forget(string secretHash) => cache.Remove((CacheKey, secretHash));

    /// <summary>The id of the active stream whose secret this is, or null for a wrong or revoked one.</summary>
    public async ValueTask<long?> StreamOfAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = IssuedSecrets.HashOf(secret);
        if (cache.TryGetValue((CacheKey, hash), out long? known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var stream = await db.Set<DataStream>().AsNoTracking().Where(s => s.SecretHash == hash && s.RevokedAt == null).Select(s => (long?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        cache.Set((CacheKey, hash), stream, Remembered);
        return stream;
    }
}
