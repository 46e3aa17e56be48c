using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using Vetrina.Data.Security;
using Vetrina.Web.Platform.Redis;

namespace Vetrina.Web.Platform;

internal static class CacheSetup
{
    /// <summary>
    /// HybridCache keeps hot data in process memory. With <c>ConnectionStrings:Redis</c> set, Redis holds what the nodes
    /// must count together (failed sign-ins, rate limits) and would be the cache's shared second level, which is switched
    /// off below. Redis going away degrades a node to its own memory (<see cref="SharedRedis"/>).
    /// </summary>
    public static WebApplicationBuilder AddVetrinaCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MemoryAttemptCounter>();
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddSingleton<IAttemptCounter>(services => services.GetRequiredService<MemoryAttemptCounter>());
        }
        else
        {
            var breakFor = builder.Configuration.GetValue("Vetrina:Redis:BreakFor", TimeSpan.FromSeconds(10));
            builder.Services.AddSingleton(services => new SharedRedis(redis, breakFor, services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<SharedRedis>>()));
            builder.Services.AddSingleton<IDistributedCache>(services =>
            {
                var shared = services.GetRequiredService<SharedRedis>();
                var cache = new RedisCache(Options.Create(new RedisCacheOptions { InstanceName = "vetrina:", ConnectionMultiplexerFactory = shared.ConnectAsync }));
                return new ResilientRedisCache(cache, shared);
            });
            builder.Services.AddSingleton<IAttemptCounter, RedisAttemptCounter>();
            builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        }

        builder.Services.AddHybridCache(o =>
        {
            // The catalogue snapshot is one entry of a few megabytes.
            o.MaximumPayloadBytes = 64 * 1024 * 1024;
            // The shared level is off: with Redis on, a node whose memory copy had expired (30 s) read entries back from
            // Redis and answered 500 to every catalogue request until they expired, in CI and about one local run in
            // seven; the read-back is not yet understood. Nodes build their own caches meanwhile, and Redis holds the
            // sign-in counts. Removing this flag turns the shared level back on.
            o.DefaultEntryOptions = new()
            {
                Expiration = TimeSpan.FromMinutes(5),
                LocalCacheExpiration = TimeSpan.FromSeconds(30),
                Flags = HybridCacheEntryFlags.DisableDistributedCache,
            };
        });
        return builder;
    }
}
