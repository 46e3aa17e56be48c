using Vetrina.DemoData.Simulation;

namespace Vetrina.UnitTests;

/// <summary>The simulated year: the same seed gives the same visits, and the calendar has the rhythm of a fashion brand.</summary>
public sealed class TrafficPlanTests
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    [Fact]
    public void TheSameSeed_PlansTheSameVisits_AnotherSeedOthers()
    {
        var first = TrafficPlan.For(new(2026, 1, 1), new(2026, 1, 14), seed: 42, baseVisitsPerDay: 50, styles: 30, Rome).ToList();
        var again = TrafficPlan.For(new(2026, 1, 1), new(2026, 1, 14), seed: 42, baseVisitsPerDay: 50, styles: 30, Rome).ToList();
        var other = TrafficPlan.For(new(2026, 1, 1), new(2026, 1, 14), seed: 43, baseVisitsPerDay: 50, styles: 30, Rome).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(v => v.Visitor), other.Select(v => v.Visitor));
    }

    [Fact]
    public void BlackFridayWeekAndTheSales_AreBusierThanAQuietAugust_AndWeekendsBusierThanMondays()
    {
        var year = TrafficPlan.For(new(2025, 12, 1), new(2026, 11, 30), seed: 1, baseVisitsPerDay: 100, styles: 30, Rome)
            .GroupBy(v => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(v.Start, Rome).DateTime)).ToDictionary(g => g.Key, g => g.Count());
        double Average(Func<DateOnly, bool> days) => year.Where(d => days(d.Key)).Average(d => d.Value);

        Assert.True(TrafficPlan.BlackFridayWeek(new DateOnly(2026, 11, 27)));
        Assert.True(Average(TrafficPlan.BlackFridayWeek) > 1.8 * Average(d => d.Month == 8));
        Assert.True(Average(d => d.Month == 1 && d.Day <= 15) > 1.4 * Average(d => d.Month is 3 or 4));
        Assert.True(Average(d => d.DayOfWeek == DayOfWeek.Sunday) > Average(d => d.DayOfWeek == DayOfWeek.Monday));
        var visits = year.Values.Sum();
        var campaigns = TrafficPlan.For(new(2026, 7, 1), new(2026, 7, 3), 1, 100, 30, Rome).Select(v => v.Arrival.Campaign).Where(c => c is not null).ToHashSet();
        Assert.Contains("saldi-estivi", campaigns);
        Assert.True(visits > 30_000);
    }
}
