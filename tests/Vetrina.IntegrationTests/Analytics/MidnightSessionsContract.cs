using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Sessions across the brand's midnight (Rome), read back from the database as the dashboards read them, worked out by
/// hand: market "MN", Tuesday 20 and Wednesday 21 October 2026 (UTC+2).
/// </summary>
/// <remarks>
/// M1 comes from the newsletter at 23:50 on Tuesday, reads on at 00:10 on Wednesday and pays €80.00 at 00:12 (order MN1).
/// M2 reads a page at 23:40 on Tuesday and another at 00:15 on Wednesday: 35 minutes apart, two sessions.
/// Wednesday is built before Tuesday, as a late day would be.
/// </remarks>
public abstract class MidnightSessionsContract(AppFixture fixture)
{
    private const string Market = "MN";
    private static readonly DateOnly Tuesday = new(2026, 10, 20);
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task ASessionRunningPastMidnight_IsOneSessionOfItsFirstDay_WhoseSourceTheOrderAfterMidnightIsCreditedTo()
    {
        // Through the event store (COPY on PostgreSQL), dated in Rome's offset as the demo's traffic simulator dates them.
        await app.WithDbAsync(async db =>
        {
            await Vetrina.Analytics.Collection.EventStore.WriteAsync(db, Events(), Tuesday, default);
            return 0;
        });
        var aggregation = app.Services.GetRequiredService<DayAggregation>();
        await aggregation.RebuildAsync(Tuesday.AddDays(1), default);
        await aggregation.RebuildAsync(Tuesday, default);

        using var scope = app.Services.CreateScope();
        var reports = scope.ServiceProvider.GetRequiredService<AnalyticsReports>();
        var period = await reports.PeriodAsync(new ReportFilter(Tuesday, Tuesday.AddDays(1), Market), default);
        // M1 once and M2 twice; Tuesday has M1's and M2's first, Wednesday M2's second.
        Assert.Equal((3, 2, 1), (period.Totals.Sessions, period.Days[0].Totals.Sessions, period.Days[1].Totals.Sessions));
        // M1's session saw two pages (one after midnight, counted with the session on Tuesday) and bought, M2's one page
        // each: 1 session in 3 converted.
        Assert.Equal((4, 0.3333m, 3, 1), (period.Totals.PageViews, period.Totals.SessionConversionRate, period.Days[0].Totals.PageViews,
            period.Days[1].Totals.PageViews));
        // The order counts on Wednesday, its own day, for the newsletter that began the session.
        Assert.Equal((0, 1), (period.Days[0].Totals.Orders, period.Days[1].Totals.Orders));
        var email = Assert.Single(await reports.ByAsync(new ReportFilter(Tuesday, Tuesday.AddDays(1), Market), Breakdown.Channel, default), r => r.Key == "Email");
        Assert.Equal((1, 1, 8_000L), (email.Totals.Sessions, email.Totals.Orders, email.Totals.RevenueMinor));
        var m1 = await app.WithDbAsync(db => db.Set<Session>().SingleAsync(s => s.Market == Market && s.Channel == Channel.Email));
        Assert.Equal((Tuesday, 1, At(Tuesday.AddDays(1), "00:10")), (m1.Day, m1.Orders, m1.EndedAt));
    }

    [Fact]
    public async Task ALateEvent_BringsBackItsDayAndTheDaysEitherSide_WhoseSessionsItMayContinueOrBeContinuedBy()
    {
        var day = new DateOnly(2026, 10, 28);
        long[] Versions(List<PendingDay> days) => [.. new[] { day.AddDays(-1), day, day.AddDays(1) }.Select(d => days.FirstOrDefault(p => p.Day == d)?.Version ?? 0)];
        var before = Versions(await app.WithDbAsync(db => db.Set<PendingDay>().AsNoTracking().ToListAsync()));

        await app.WithDbAsync(async db =>
        {
            await Vetrina.Analytics.Collection.EventStore.MarkLateDaysAsync(db, [E(Guid.NewGuid(), day, "00:05", EventNames.PageView)], new DateOnly(2026, 12, 1), default);
            return 0;
        });

        var after = Versions(await app.WithDbAsync(db => db.Set<PendingDay>().AsNoTracking().ToListAsync()));
        Assert.All(after.Zip(before), v => Assert.True(v.First > v.Second));
    }

    private static List<RawEvent> Events()
    {
        var (m1, m2) = (Guid.NewGuid(), Guid.NewGuid());
        var wednesday = Tuesday.AddDays(1);
        return
        [
            E(m1, Tuesday, "23:50", EventNames.PageView, ("newsletter", "email")),
            E(m1, wednesday, "00:10", EventNames.PageView),
            E(m1, wednesday, "00:12", EventNames.Purchase),
            E(m2, Tuesday, "23:40", EventNames.PageView),
            E(m2, wednesday, "00:15", EventNames.PageView),
        ];
    }

    private static DateTimeOffset At(DateOnly day, string time) => InRome(day, time).ToUniversalTime();

    private static DateTimeOffset InRome(DateOnly day, string time) =>
        new(day.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(2));

    private static RawEvent E(Guid visitor, DateOnly day, string time, string name, (string Source, string Medium)? source = null) => new()
    {
        Day = day, OccurredAt = InRome(day, time), ReceivedAt = DateTimeOffset.UtcNow, VisitorId = visitor, VisitorKind = VisitorKind.Cookie, Name = name,
        Page = name == EventNames.PageView ? "/it" : null, Source = source?.Source, Medium = source?.Medium, Market = Market, Language = "it",
        Device = DeviceCategory.Desktop, TransactionId = name == EventNames.Purchase ? $"MN1-{visitor:N}" : null,
        ValueMinor = name == EventNames.Purchase ? 8_000 : null, Currency = name == EventNames.Purchase ? "EUR" : null,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMidnightSessionsTests(SqliteAppFixture fixture) : MidnightSessionsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlMidnightSessionsTests(PostgresAppFixture fixture) : MidnightSessionsContract(fixture);
