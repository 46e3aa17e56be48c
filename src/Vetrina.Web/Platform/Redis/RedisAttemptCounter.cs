using StackExchange.Redis;
using Vetrina.Data.Security;

namespace Vetrina.Web.Platform.Redis;

/// <summary>
/// Attempts (failed sign-ins, requests under a rate limit) counted in Redis, one count for every node (a script adds and reads in one step, so parallel
/// guesses on several nodes each get their own number). While Redis is away, each node counts in its memory.
/// </summary>
internal sealed class RedisAttemptCounter(SharedRedis redis, MemoryAttemptCounter fallback) : IAttemptCounter
{
    private const string Prefix = "vetrina:";

    private static readonly LuaScript Add = LuaScript.Prepare("""
        local attempts = redis.call('HINCRBY', @key, 'n', 1)
        local previous = redis.call('HGET', @key, 'at')
        redis.call('HSET', @key, 'at', @at)
        redis.call('PEXPIRE', @key, @forget)
        return { attempts, previous or '' }
        """);

    private static readonly LuaScript Undo = LuaScript.Prepare("""
        if tonumber(redis.call('HGET', @key, 'n') or '0') > 0 then redis.call('HINCRBY', @key, 'n', -1) end
        return 0
        """);

    public async Task<AttemptCount> AddAsync(string key, DateTimeOffset at, TimeSpan forgetAfter, CancellationToken cancellationToken)
    {
        var counted = await redis.TryAsync<AttemptCount?>(async () =>
        {
            var result = (RedisResult[])(await (await redis.ConnectAsync()).GetDatabase().ScriptEvaluateAsync(Add,
                new { key = (RedisKey)(Prefix + key), at = at.ToUnixTimeMilliseconds(), forget = (long)forgetAfter.TotalMilliseconds }))!;
            var previous = (string?)result[1];
            return new AttemptCount((int)result[0], string.IsNullOrEmpty(previous)
                ? DateTimeOffset.MinValue
                : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(previous, System.Globalization.CultureInfo.InvariantCulture)));
        }, null);
        return counted ?? await fallback.AddAsync(key, at, forgetAfter, cancellationToken);
    }

    public async Task UndoAsync(string key, CancellationToken cancellationToken)
    {
        if (!await redis.TryAsync(async () =>
            {
                await (await redis.ConnectAsync()).GetDatabase().ScriptEvaluateAsync(Undo, new { key = (RedisKey)(Prefix + key) });
                return true;
            }, false))
        {
            await fallback.UndoAsync(key, cancellationToken);
        }
    }

    public async Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        if (!await redis.TryAsync(async () =>
            {
                await (await redis.ConnectAsync()).GetDatabase().KeyDeleteAsync(Prefix + key);
                return true;
            }, false))
        {
            await fallback.ForgetAsync(key, cancellationToken);
        }
    }
}
