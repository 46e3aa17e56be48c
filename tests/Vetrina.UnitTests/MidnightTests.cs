using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Contracts;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;

namespace Vetrina.UnitTests;

/// <summary>Sessions across midnight, as GA4 counts them: one session, on the day it began, with what came after midnight.</summary>
public sealed class MidnightTests
{
    private static readonly DateOnly Friday = new(2026, 10, 16);
    private static readonly DateOnly Saturday = Friday.AddDays(1);
    private static readonly DateOnly Sunday = Friday.AddDays(2);
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
    private static readonly CurrencyRates Rates = CurrencyRates.Of(Currency.Eur, []);
    private static readonly Guid Reader = Guid.Parse("00000000-0000-0000-0000-000000000001");

    [Fact]
    public void ASessionRunningPastMidnight_CountsOnceOnItsFirstDay_AndItsOrderAfterMidnightIsCreditedToItsSource()
    {
        // From the newsletter at 23:50 and 23:58 on Friday, on at 00:10 and 00:20 on Saturday, paying at 00:25.
        var friday = new[] { E(Friday, "23:50", EventNames.PageView, source: ("newsletter", "email")), E(Friday, "23:58", EventNames.ViewItem) };
        var saturday = new[] { E(Saturday, "00:10", EventNames.PageView), E(Saturday, "00:20", EventNames.PageView), E(Saturday, "00:25", EventNames.Purchase) };

        var first = DayRollup.Build(Friday, friday, Rates, new Dictionary<Guid, DateOnly>(), new Dictionary<string, Conversion>(), Around(Friday, [], saturday));
        var next = DayRollup.Build(Saturday, saturday, Rates, new Dictionary<Guid, DateOnly>(), new Dictionary<string, Conversion>(), Around(Saturday, friday, []));

        var session = Assert.Single(first.Sessions);
        Assert.Equal((3, Channel.Email, 1, FunnelSteps.ViewItem | FunnelSteps.Purchase), (session.PageViews, session.Channel, session.Orders, session.Steps));
        Assert.Equal(At(Saturday, "00:20"), session.EndedAt);
        Assert.Empty(first.Conversions);
        Assert.Empty(next.Sessions);
        var order = Assert.Single(next.Conversions);
        Assert.Equal((Saturday, Channel.Email, "newsletter / email"), (order.Day, order.Channel, order.SourceMedium));
    }

    [Fact]
    public void ThirtyMinutesWithoutAnEvent_EndTheSessionAtMidnightAsAnywhere()
    {
        var friday = new[] { E(Friday, "23:40", EventNames.PageView) };
        var saturday = new[] { E(Saturday, "00:11", EventNames.PageView) };

        Assert.Single(DayRollup.Build(Friday, friday, Rates, new Dictionary<Guid, DateOnly>(), new Dictionary<string, Conversion>(), Around(Friday, [], saturday)).Sessions);
        var next = Assert.Single(DayRollup.Build(Saturday, saturday, Rates, new Dictionary<Guid, DateOnly>(), new Dictionary<string, Conversion>(),
            Around(Saturday, friday, [])).Sessions);
        Assert.Equal(At(Saturday, "00:11"), next.StartedAt);
    }

    [Fact]
    public void ADayBrowsedWithoutAPauseFromMidnightToMidnight_IsCutAtBothMidnights()
    {
        // An event every 20 minutes all Saturday, and one either side of it: a machine, not a visit lasting days.
        var saturday = Enumerable.Range(0, 72).Select(i => E(Saturday, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(5 + (20 * i))).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), EventNames.PageView))
            .ToArray();
        var friday = new[] { E(Friday, "23:55", EventNames.PageView) };
        var sunday = new[] { E(Sunday, "00:10", EventNames.PageView) };

        var built = DayRollup.Build(Saturday, saturday, Rates, new Dictionary<Guid, DateOnly>(), new Dictionary<string, Conversion>(), Around(Saturday, friday, sunday));

        var session = Assert.Single(built.Sessions);
        Assert.Equal((72, At(Saturday, "00:05"), At(Saturday, "23:45")), (session.PageViews, session.StartedAt, session.EndedAt));
        Assert.Single(DayRollup.Build(Friday, friday, Rates, new Dictionary<Guid, DateOnly>(), new Dictionary<string, Conversion>(), Around(Friday, [], saturday)).Sessions,
            s => s.PageViews == 1);
        Assert.Single(DayRollup.Build(Sunday, sunday, Rates, new Dictionary<Guid, DateOnly>(), new Dictionary<string, Conversion>(), Around(Sunday, saturday, [])).Sessions);
    }

    private static Neighbours Around(DateOnly day, RawEvent[] before, RawEvent[] after) => new(DayWindow.Of(day.AddDays(-1), Rome), DayWindow.Of(day, Rome),
        DayWindow.Of(day.AddDays(1), Rome), before.ToLookup(e => e.VisitorId), after.ToLookup(e => e.VisitorId));

    private static DateTimeOffset At(DateOnly day, string time) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(2)).ToUniversalTime();

    private static RawEvent E(DateOnly day, string time, string name, (string Source, string Medium)? source = null) => new()
    {
        Day = day, OccurredAt = At(day, time), VisitorId = Reader, VisitorKind = VisitorKind.Cookie, Name = name, Market = "IT", Language = "it",
        Device = DeviceCategory.Mobile, Page = name == EventNames.PageView ? "/it" : null, Source = source?.Source, Medium = source?.Medium,
        TransactionId = name == EventNames.Purchase ? "T1" : null, ValueMinor = name == EventNames.Purchase ? 10_000 : null,
        Currency = name == EventNames.Purchase ? "EUR" : null, UserId = name == EventNames.Purchase ? "u1" : null,
    };
}
