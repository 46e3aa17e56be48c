namespace Vetrina.Web.Platform;

internal static class CacheSetup
{
    /// <summary>
    /// HybridCache keeps hot data in process memory; with <c>ConnectionStrings:Redis</c> set, Redis is its shared
    /// second level, so nodes fill each other's caches and removals reach every node's shared copy.
    /// </summary>
    public static WebApplicationBuilder AddVetrinaCache(this WebApplicationBuilder builder)
    {
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddStackExchangeRedisCache(o =>
            {
                o.Configuration = redis;
                o.InstanceName = "vetrina:";
            });
        }

        builder.Services.AddHybridCache(o =>
        {
            // The catalogue snapshot is one entry of a few megabytes.
            o.MaximumPayloadBytes = 64 * 1024 * 1024;
            o.DefaultEntryOptions = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromSeconds(30) };
        });
        return builder;
    }
}
