using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.ReadModel;

/// <summary>
/// Holds the snapshot in <see cref="HybridCache"/>: in this node's memory, and in Redis when configured so that a new
/// node starts warm. A catalogue change removes it everywhere the cache reaches; other nodes' memory copies expire
/// after <see cref="LocalLifetime"/>, the longest a node may show an old catalogue.
/// </summary>
internal sealed class CatalogSnapshotCache(HybridCache cache, IServiceScopeFactory scopes, IOutputCacheStore? outputCache = null) : ICatalogSnapshots
{
    public const string Tag = ICatalogSnapshots.CacheTag;
    private const string Key = "catalog:snapshot";

    public static readonly TimeSpan LocalLifetime = TimeSpan.FromSeconds(30);

    private static readonly HybridCacheEntryOptions Options = new()
    {
        Expiration = TimeSpan.FromMinutes(10),
        LocalCacheExpiration = LocalLifetime,
    };

    // Changes each time this node invalidates: a build that was reading the database while a change committed and was
    // invalidated would otherwise put the old catalogue back in the cache for its whole lifetime.
    private long generation;

    public ValueTask<CatalogSnapshot> GetAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync(Key, async ct =>
        {
            while (true)
            {
                var seen = Interlocked.Read(ref generation);
                await using var scope = scopes.CreateAsyncScope();
                var snapshot = await scope.ServiceProvider.GetRequiredService<CatalogSnapshotBuilder>().BuildAsync(ct);
                if (Interlocked.Read(ref generation) == seen)
                {
                    return snapshot;
                }
            }
        }, Options, [Tag], cancellationToken);

    /// <summary>Drops the snapshot and this node's cached shop pages built from it.</summary>
    public async ValueTask InvalidateAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref generation);
        await cache.RemoveAsync(Key, cancellationToken);
        if (outputCache is not null)
        {
            await outputCache.EvictByTagAsync(Tag, cancellationToken);
        }
    }
}
