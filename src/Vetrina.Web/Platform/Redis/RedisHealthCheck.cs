using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vetrina.Web.Platform.Redis;

/// <summary>
/// Redis away makes a node degraded, not unready: it goes on from its own memory, and taking every node out of the load
/// balancer because Redis is gone would stop the shop. The ping goes through the breaker: while it is open the check
/// costs nothing, and once the break is over the check itself is the call that finds Redis back.
/// </summary>
internal sealed class RedisHealthCheck(SharedRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var answered = await redis.TryAsync(async () =>
        {
            await (await redis.ConnectAsync()).GetDatabase().PingAsync();
            return true;
        }, false);
        return answered
            ? HealthCheckResult.Healthy("Redis answers.")
            : HealthCheckResult.Degraded($"Redis has not answered since {redis.DownSince?.ToString("O") ?? "just now"}: sign-in counts are per node until it does.");
    }
}
