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

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => NotNow.Lease;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsed, clock.GetTimestamp());
        var now = clock.GetUtcNow();
        var windowTicks = Math.Max(rule.Window.Ticks, TimeSpan.TicksPerSecond);
        var window = now.UtcTicks / windowTicks;
        var count = await counter.AddAsync($"rate:{key}:{window}", now, rule.Window, cancellationToken);
        if (count.Attempts <= rule.PermitLimit)
        {
            return Granted.Lease;
        }

        var ends = new DateTimeOffset((window + 1) * windowTicks, TimeSpan.Zero);
        return new Refused(ends - now);
    }

    private sealed class Granted : RateLimitLease
    {
        public static readonly Granted Lease = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    private sealed class NotNow : RateLimitLease
    {
        public static readonly NotNow Lease = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    private sealed class Refused(TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
