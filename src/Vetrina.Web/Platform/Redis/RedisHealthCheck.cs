using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vetrina.Web.Platform.Redis;

/// <summary>
/// Redis away makes a node degraded, not unready: it goes on selling from its own memory, and taking every node out of
/// the load balancer because their shared cache is gone would stop the shop.
/// </summary>
internal sealed class RedisHealthCheck(SharedRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsAvailable)
        {
            return HealthCheckResult.Degraded($"Redis has not answered since {redis.DownSince:O}: caches and sign-in counts are per node until it does.");
        }

        var answered = await redis.TryAsync(async () =>
        {
            await (await redis.ConnectAsync()).GetDatabase().PingAsync();
            return true;
        }, false);
        return answered ? HealthCheckResult.Healthy("Redis answers.") : HealthCheckResult.Degraded("Redis does not answer: caches and sign-in counts are per node until it does.");
    }
}
