namespace Vetrina.Kernel.Time;

/// <summary>
/// The app's clock: real time, except in a flow that replays history (the demo's traffic simulator), where every service
/// the flow calls dates what it records at the replay's time. A replay belongs to its async flow only, so requests and
/// jobs running beside it keep real time; measuring durations and timers always use real time.
/// </summary>
public sealed class ReplayableClock(TimeProvider real) : TimeProvider
{
    private static readonly AsyncLocal<Replay?> Current = new();

    public override DateTimeOffset GetUtcNow() => Current.Value is { } replay ? replay.Now.ToUniversalTime() : real.GetUtcNow();

    public override long GetTimestamp() => real.GetTimestamp();

    public override long TimestampFrequency => real.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        real.CreateTimer(callback, state, dueTime, period);

    /// <summary>
    /// From here on in this flow (and what it calls) the time is <paramref name="start"/>, moved by setting
    /// <see cref="Replay.Now"/>, until the replay is disposed.
    /// </summary>
    public static Replay Begin(DateTimeOffset start)
    {
        var replay = new Replay(start);
        Current.Value = replay;
        return replay;
    }

    /// <summary>A replay's time, which its owner moves forward as the history it plays goes on.</summary>
    public sealed class Replay(DateTimeOffset start) : IDisposable
    {
        public DateTimeOffset Now { get; set; } = start;

        public void Dispose()
        {
            if (Current.Value == this)
            {
                Current.Value = null;
            }
        }
    }
}
