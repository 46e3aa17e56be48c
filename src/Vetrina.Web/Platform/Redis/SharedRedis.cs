using Polly;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace Vetrina.Web.Platform.Redis;

/// <summary>
/// The node's one connection to Redis, behind a circuit breaker. Redis is a help here, never a dependency: when calls
/// to it fail, the breaker opens and for <c>Vetrina:Redis:BreakFor</c> (10 s) nobody waits on it (the cache falls back
/// to this node's memory, sign-in counts to this node's), then one call tries again. Timeouts are short unless the
/// connection string sets its own: a cache that answers in half a second or not at all is better than one that holds
/// a shopper's page for five.
/// </summary>
internal sealed class SharedRedis : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> connection;
    private readonly ResiliencePipeline breaker;
    private readonly ILogger<SharedRedis> logger;

    public SharedRedis(string connectionString, TimeSpan breakFor, TimeProvider clock, ILogger<SharedRedis> logger)
    {
        this.logger = logger;
        var options = Options(connectionString);
        connection = new(() => ConnectionMultiplexer.ConnectAsync(options).ContinueWith(t => (IConnectionMultiplexer)t.Result, TaskScheduler.Default));
        breaker = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RedisException>().Handle<TimeoutException>(),
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(5),
                BreakDuration = breakFor,
                OnOpened = args =>
                {
                    DownSince = clock.GetUtcNow();
                    logger.LogWarning(args.Outcome.Exception, "Redis is not answering: caching in this node's memory for {BreakFor}", args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    DownSince = null;
                    logger.LogInformation("Redis answers again");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>When the breaker last opened, while it is not closed again.</summary>
    public DateTimeOffset? DownSince { get; private set; }

    public Task<IConnectionMultiplexer> ConnectAsync() => connection.Value;

    /// <summary>Runs a call on Redis through the breaker; a failure or an open breaker gives <paramref name="fallback"/>.</summary>
    public async ValueTask<T> TryAsync<T>(Func<ValueTask<T>> call, T fallback)
    {
        try
        {
            return await breaker.ExecuteAsync(async _ => await call());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            FellBack(e);
            return fallback;
        }
    }

    /// <summary>The same for the cache's synchronous calls, which block on Redis's own timeout at most.</summary>
    public T Try<T>(Func<T> call, T fallback)
    {
        try
        {
            return breaker.Execute(_ => call());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            FellBack(e);
            return fallback;
        }
    }

    /// <summary>Redis's own failures are expected (the breaker counts them); anything else is logged louder, never thrown at a shopper.</summary>
    private void FellBack(Exception e)
    {
        if (e is BrokenCircuitException or RedisException or TimeoutException)
        {
            logger.LogDebug(e, "A Redis call fell back");
        }
        else
        {
            logger.LogWarning(e, "A Redis call failed unexpectedly and fell back");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection.IsValueCreated)
        {
            await (await connection.Value).DisposeAsync();
        }
    }

    private static ConfigurationOptions Options(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        bool Says(string key) => connectionString.Contains(key + "=", StringComparison.OrdinalIgnoreCase);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Says("connectTimeout") ? options.ConnectTimeout : 1_000;
        options.SyncTimeout = Says("syncTimeout") ? options.SyncTimeout : 500;
        options.AsyncTimeout = Says("asyncTimeout") ? options.AsyncTimeout : 500;
        // Back within a second of Redis's return, not after the default's growing pauses.
        options.ReconnectRetryPolicy = new LinearRetry(1_000);
        return options;
    }
}
