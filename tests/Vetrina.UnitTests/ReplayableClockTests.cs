using Microsoft.Extensions.Time.Testing;
using Vetrina.Kernel.Time;

namespace Vetrina.UnitTests;

public sealed class ReplayableClockTests
{
    private static readonly DateTimeOffset Real = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset May = new(2026, 5, 4, 0, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task AReplay_DatesWhatItsFlowCalls_AndMovesAsItsOwnerSays()
    {
        var clock = new ReplayableClock(new FakeTimeProvider(Real));

        using (var replay = ReplayableClock.Begin(May))
        {
            Assert.Equal(May, clock.GetUtcNow());
            Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
            replay.Now = May.AddDays(1);
            Assert.Equal(May.AddDays(1), await Task.Run(clock.GetUtcNow));
            Assert.Equal(May.AddDays(1), await CalledAsync(clock));
        }

        Assert.Equal(Real, clock.GetUtcNow());
    }

    [Fact]
    public async Task WorkBesideAReplay_KeepsRealTime()
    {
        var clock = new ReplayableClock(new FakeTimeProvider(Real));
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var beside = Task.Run(async () =>
        {
            await go.Task;
            return clock.GetUtcNow();
        });

        using (ReplayableClock.Begin(May))
        {
            go.SetResult();
            Assert.Equal(Real, await beside);
        }
    }

    [Fact]
    public async Task AReplayBegunInACalledMethod_EndsWithIt()
    {
        var clock = new ReplayableClock(new FakeTimeProvider(Real));

        await ReplayAsync();

        Assert.Equal(Real, clock.GetUtcNow());

        async Task ReplayAsync()
        {
            var replay = ReplayableClock.Begin(May);
            await Task.Yield();
            Assert.Equal(May, clock.GetUtcNow());
            GC.KeepAlive(replay);
        }
    }

    private static async Task<DateTimeOffset> CalledAsync(TimeProvider clock)
    {
        await Task.Yield();
        return clock.GetUtcNow();
    }
}
