using System.Threading.RateLimiting;

namespace Vetrina.Data.Security;

/// <summary>
/// A fixed window counted in the <see cref="IAttemptCounter"/>, so that every node meets one count when they share
/// Redis (and each counts its own while Redis is away). The count lives in Redis or memory, never here: the limiter
/// holds nothing and can be dropped and made again at any time. Counting needs a round trip, so the synchronous
/// attempt always says "not now" and the middleware asks again asynchronously.
/// </summary>
internal sealed class SharedWindowLimiter(IAttemptCounter counter, TimeProvider clock, string key, WindowLimitRule rule) : RateLimiter
{
    private long lastUsed = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Answer.NotNow;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsed, clock.GetTimestamp());
        var now = clock.GetUtcNow();
        var windowTicks = Math.Max(rule.Window.Ticks, TimeSpan.TicksPerSecond);
        var window = now.UtcTicks / windowTicks;
        var count = await counter.AddAsync($"rate:{key}:{window}", now, rule.Window, cancellationToken);
        if (count.Attempts <= rule.PermitLimit)
        {
            return Answer.Granted;
        }

        var ends = new DateTimeOffset((window + 1) * windowTicks, TimeSpan.Zero);
        return new Answer(false, ends - now);
    }

    /// <summary>A lease that holds nothing (the count is elsewhere): granted, "not now", or refused with its wait.</summary>
    private sealed class Answer(bool granted, TimeSpan? retryAfter = null) : RateLimitLease
    {
        public static readonly Answer Granted = new(true);
        public static readonly Answer NotNow = new(false);

        public override bool IsAcquired => granted;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
