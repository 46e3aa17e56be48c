using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetrina.Analytics;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Today's figures kept current by merging only the visitors with new events, checked against figures worked out by
/// hand and against a whole rebuild of the same events (as after an imported click report marks the day). A market of the test's own, today from 02:00 (Rome):
/// </summary>
/// <remarks>
/// First batch: A lands from the newsletter (campaign = the market) and views style S1 a minute later; B reads the home
/// page. Second batch: A adds S1 in M to the bag at +3 min and pays €120.00 at +5 min (one session, still the newsletter's);
/// C arrives directly. So: 3 sessions of 3 users, 1 order of €120.00 from the newsletter's one session, S1 viewed once,
/// one unit added and sold.
/// </remarks>
public abstract class IncrementalAggregationContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;
    private readonly TimeZoneInfo zone = fixture.App.Services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Zone;

    [Fact]
    public async Task TodaysNewEvents_AreMergedVisitorByVisitor_IntoTheFiguresAWholeRebuildGives()
    {
        await using var paused = await app.PauseJobAsync(DayAggregation.JobName);
        var aggregation = app.Services.GetRequiredService<DayAggregation>();
        var today = ReportingDays.Today(TimeProvider.System, zone);
        var market = "I" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var at = ReportingDays.Start(today, zone).AddHours(2);
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await aggregation.RebuildAsync(today, default);

        await WriteAsync(
            E(a, at, EventNames.PageView, market, source: ("news", "email")),
            E(a, at.AddMinutes(1), EventNames.ViewItem, market, items: [new("S1", null, "Giacca", null, 12_000, 1)]),
            E(b, at, EventNames.PageView, market));
        var first = Assert.Single(await aggregation.RunAsync(default), r => r.Day == today);
        // A and B, with their three events: nothing else of the day is read again.
        Assert.Equal(new DayRun(today, false, 3, 2), first);

        await WriteAsync(
            E(a, at.AddMinutes(3), EventNames.AddToCart, market, items: [new("S1", "M", "Giacca", null, 12_000, 1)]),
            E(a, at.AddMinutes(5), EventNames.Purchase, market, items: [new("S1", "M", "Giacca", null, 12_000, 1)], order: $"T-{market}"),
            E(c, at.AddMinutes(2), EventNames.PageView, market));
        var second = Assert.Single(await aggregation.RunAsync(default), r => r.Day == today);
        // A's four events (its first two to take out what they added before) and C's one; B is left alone.
        Assert.Equal(new DayRun(today, false, 5, 2), second);
        Assert.Equal(new DayRun(today, false, 0, 0), Assert.Single(await aggregation.RunAsync(default), r => r.Day == today));

        var merged = await FiguresAsync(today, market);
        Assert.Equal((3, 3, 1, 12_000L), (merged.Sessions, merged.Users, merged.Orders, merged.RevenueMinor));
        Assert.Equal($"{market}: 1 sessions, 1 users, 1 orders, 12000", merged.Campaign);
        Assert.Equal("S1//1/0/0/0; S1/M/0/1/1/12000", merged.Products);
        Assert.Equal(3, merged.StoredSessions);

        // An imported click report marks the day: the next run rebuilds it whole, to the same figures.
        await app.WithDbAsync(async db =>
        {
            await Vetrina.Analytics.Collection.EventStore.MarkDayAsync(db, today, default);
            return 0;
        });
        var rebuilt = Assert.Single(await aggregation.RunAsync(default), r => r.Day == today);
        Assert.True(rebuilt.Whole);
        Assert.Equal(merged, await FiguresAsync(today, market));
    }

    private async Task WriteAsync(params RawEvent[] events) => await app.WithDbAsync(async db =>
    {
        await Vetrina.Analytics.Collection.EventStore.WriteAsync(db, events, DateOnly.MinValue, default);
        return 0;
    });

    private async Task<Figures> FiguresAsync(DateOnly day, string market) => await app.WithDbAsync(async db =>
    {
        var cells = await db.Set<DailyFigures>().AsNoTracking().Where(f => f.Day == day && f.Market == market).ToListAsync();
        var reach = await db.Set<DailyReach>().AsNoTracking().SingleAsync(r => r.Day == day && r.Grouping == ReachGrouping.Market && r.Value == market);
        var campaign = await db.Set<DailyBreakdown>().AsNoTracking().SingleAsync(r => r.Day == day && r.Market == market && r.Dimension == Dimension.Campaign);
        var products = await db.Set<DailyProduct>().AsNoTracking().Where(p => p.Day == day && p.Market == market).OrderBy(p => p.ItemId).ThenBy(p => p.Size).ToListAsync();
        var sessions = await db.Set<Session>().CountAsync(s => s.Day == day && s.Market == market);
        var all = string.Join(" | ", cells.OrderBy(f => f.Channel).ThenBy(f => f.Device).Select(f =>
            $"{f.Channel}/{f.Device}: {f.Sessions} {f.EngagedSessions} {f.Users} {f.NewUsers} {f.PageViews} {f.DurationSeconds} {f.ViewItemSessions} {f.CartSessions} {f.PurchaseSessions} {f.FunnelBought} {f.Orders} {f.RevenueMinor} {f.GrossSalesMinor} {f.TaxMinor} {f.Bags} {f.BagsOrdered}"));
        return new Figures(cells.Sum(f => f.Sessions), reach.Users, cells.Sum(f => f.Orders), cells.Sum(f => f.RevenueMinor),
            $"{campaign.Value}: {campaign.Sessions} sessions, {campaign.Users} users, {campaign.Orders} orders, {campaign.RevenueMinor}",
            string.Join("; ", products.Select(p => $"{p.ItemId}/{p.Size}/{p.Views}/{p.AddedUnits}/{p.SoldUnits}/{p.RevenueMinor}")), sessions, all);
    });

    private RawEvent E(Guid visitor, DateTimeOffset at, string name, string market, (string Source, string Medium)? source = null, EventItem[]? items = null,
        string? order = null) => new()
    {
        Day = ReportingDays.Of(at, zone), OccurredAt = at, ReceivedAt = at,
        VisitorId = visitor, VisitorKind = VisitorKind.Cookie, Name = name, Page = name == EventNames.Purchase ? null : $"/it/{market}",
        Source = source?.Source, Medium = source?.Medium, Campaign = source is null ? null : market, Market = market, Language = "it", Device = DeviceCategory.Mobile,
        TransactionId = order, ValueMinor = order is null ? null : 12_000, Currency = order is null ? null : "EUR",
        Items = items is null ? null : EventItem.Write(items), Params = name == EventNames.AddToCart || order is not null ? $$"""{"cart_id":"cart-{{market}}"}""" : null,
    };

    private sealed record Figures(int Sessions, int Users, int Orders, long RevenueMinor, string Campaign, string Products, int StoredSessions, string Cells);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIncrementalAggregationTests(SqliteAppFixture fixture) : IncrementalAggregationContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlIncrementalAggregationTests(PostgresAppFixture fixture) : IncrementalAggregationContract(fixture);
