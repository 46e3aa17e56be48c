using System.Buffers;
using Microsoft.Extensions.Caching.Distributed;

namespace Vetrina.Web.Platform.Redis;

/// <summary>
/// HybridCache's shared level on Redis, through the breaker: while Redis is away a read is a miss (the entry is made
/// and kept in the node's memory) and a write or removal is skipped. Entries changed during an outage may be read stale
/// from Redis after it returns, for their expiry at most (5 minutes).
/// </summary>
internal sealed class ResilientRedisCache(IBufferDistributedCache redis, SharedRedis shared) : IBufferDistributedCache
{
    public byte[]? Get(string key) => shared.Try(() => redis.Get(key), null);

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        await shared.TryAsync(async () => await redis.GetAsync(key, token), null);

    public bool TryGet(string key, IBufferWriter<byte> destination) => shared.Try(() => redis.TryGet(key, destination), false);

    public ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default) =>
        shared.TryAsync(() => redis.TryGetAsync(key, destination, token), false);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => shared.Try(() => Done(() => redis.Set(key, value, options)), false);

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        await shared.TryAsync(async () => await Done(redis.SetAsync(key, value, options, token)), false);

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options) =>
        shared.Try(() => Done(() => redis.Set(key, value, options)), false);

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        await shared.TryAsync(async () => await Done(redis.SetAsync(key, value, options, token).AsTask()), false);

    public void Refresh(string key) => shared.Try(() => Done(() => redis.Refresh(key)), false);

    public async Task RefreshAsync(string key, CancellationToken token = default) =>
        await shared.TryAsync(async () => await Done(redis.RefreshAsync(key, token)), false);

    public void Remove(string key) => shared.Try(() => Done(() => redis.Remove(key)), false);

    public async Task RemoveAsync(string key, CancellationToken token = default) =>
        await shared.TryAsync(async () => await Done(redis.RemoveAsync(key, token)), false);

    private static bool Done(Action call)
    {
        call();
        return true;
    }

    private static async Task<bool> Done(Task call)
    {
        await call;
        return true;
    }
}
