using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Vetrina.Analytics;
using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Cart and checkout abandonment per bag, worked out by hand from docs/kpis.md: a bag counts once, on the day it was
/// first filled, and is abandoned when no order came from it within 7 days; bags whose 7 days are not over wait.
/// </summary>
/// <remarks>
/// Market "BX", September 2026, Rome time (UTC+2), looked at on Sunday 20 September at 14:00.
/// Monday 7: V1 comes from the newsletter and fills bag X1 at 10:00; V2, counted without cookies, fills X2 at 10:30; V3
/// fills X3 at 11:00 and begins its checkout at 11:05.
/// Tuesday 8: V2 comes back under the day's new cookieless id, adds to X2 again at 09:00 and buys at 09:10; V4 fills X4
/// at 15:00 and never buys.
/// Wednesday 9: V1 begins X1's checkout at 09:59 and buys at 10:00 (two days after filling the bag).
/// Tuesday 15: V3 buys from X3 at 12:00, eight days after filling it and after beginning its checkout.
/// Friday 18: V5 fills X5 at 10:00. Saturday 19: V6 fills X6 at 10:00 and buys at 10:05.
/// The days are built out of order (Tuesday before Monday, the orders' days after their bags'), as late events leave them.
/// </remarks>
public abstract class BagAbandonmentContract(AppFixture fixture)
{
    private const string Market = "BX";
    private static readonly DateOnly Monday = new(2026, 9, 7);
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task ABagIsAbandoned_WhenNoOrderCameFromItWithinSevenDays_CountedOnceOnTheDayItWasFilled()
    {
        await SeedOnceAsync();

        var totals = await CountAsync(new ReportFilter(Monday, Monday.AddDays(12), Market));

        // Decided: X1 (bought in 2 days), X2 (bought the next day, under another cookieless id: one bag), X3 (bought after
        // 8 days: abandoned), X4 (never bought). X5 and X6 were filled less than 7 days before Sunday 14:00: waiting,
        // although X6 was bought at once.
        Assert.Equal((4, 2, 2), (totals.Bags, totals.BagsOrdered, totals.BagsWaiting));
        Assert.Equal(0.5m, totals.CartAbandonmentRate);
        // Checkouts: X3's (no order within 7 days) and X1's (bought a minute later).
        Assert.Equal((2, 1, 0), (totals.Checkouts, totals.CheckoutsOrdered, totals.CheckoutsWaiting));
        Assert.Equal(0.5m, totals.CheckoutAbandonmentRate);
    }

    [Fact]
    public async Task ABag_CountsOnItsFirstDay_WithTheFiltersOfTheSessionThatFilledIt()
    {
        await SeedOnceAsync();

        // Tuesday alone: X4 only; X2's second add is not a new bag.
        var tuesday = await CountAsync(new ReportFilter(Monday.AddDays(1), Monday.AddDays(1), Market));
        Assert.Equal((1, 0, 1m), (tuesday.Bags, tuesday.BagsOrdered, tuesday.CartAbandonmentRate));
        // From the newsletter: X1, filled in an email session and bought.
        var email = await CountAsync(new ReportFilter(Monday, Monday.AddDays(12), Market, Channel.Email));
        Assert.Equal((1, 1, 0m), (email.Bags, email.BagsOrdered, email.CartAbandonmentRate));
        // Wednesday: X1's checkout began then, and was bought.
        var wednesday = await CountAsync(new ReportFilter(Monday.AddDays(2), Monday.AddDays(2), Market));
        Assert.Equal((0, 1, 0m), (wednesday.Bags, wednesday.Checkouts, wednesday.CheckoutAbandonmentRate));
        Assert.Null(wednesday.CartAbandonmentRate);
    }

    /// <summary>
    /// The period's totals on Sunday 20 September: the days to Saturday 12 are read from the rollups (all their bags'
    /// windows closed), the week since from the bags themselves.
    /// </summary>
    private Task<Totals> CountAsync(ReportFilter filter) => app.WithDbAsync(async db =>
    {
        var options = app.Services.GetRequiredService<IOptions<AnalyticsOptions>>();
        var sunday = new FakeTimeProvider(new DateTimeOffset(2026, 9, 20, 12, 0, 0, TimeSpan.Zero));
        var reports = new AnalyticsReports(db, new SliceReach(db), new BagAbandonment(db, sunday, options), options);
        return (await reports.PeriodAsync(filter, default)).Totals;
    });

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    /// <summary>Days after Monday, in the order they are built.</summary>
    private static readonly int[] BuildOrder = [1, 0, 2, 8, 11, 12];

    private async Task SeedOnceAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (await app.WithDbAsync(db => db.Set<RawEvent>().AnyAsync(e => e.Day == Monday && e.Market == Market)))
            {
                return;
            }

            await app.WithDbAsync(db =>
            {
                db.AddRange(Events());
                return db.SaveChangesAsync();
            });
            var aggregation = app.Services.GetRequiredService<DayAggregation>();
            foreach (var day in BuildOrder.Select(Monday.AddDays))
            {
                await aggregation.RebuildAsync(day, default);
            }
        }
        finally
        {
            Seeding.Release();
        }
    }

    private static List<RawEvent> Events()
    {
        var (v1, v2, v2Tuesday, v3, v4, v5, v6) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (tuesday, wednesday, nextTuesday, friday, saturday) = (Monday.AddDays(1), Monday.AddDays(2), Monday.AddDays(8), Monday.AddDays(11), Monday.AddDays(12));
        return
        [
            E(v1, Monday, "09:59:00", EventNames.PageView, source: ("newsletter", "email")),
            E(v1, Monday, "10:00:00", EventNames.AddToCart, cart: "bx-1"),
            E(v2, Monday, "10:30:00", EventNames.AddToCart, cart: "bx-2", kind: VisitorKind.Cookieless),
            E(v3, Monday, "11:00:00", EventNames.AddToCart, cart: "bx-3"),
            E(v3, Monday, "11:05:00", EventNames.BeginCheckout, cart: "bx-3"),
            E(v2Tuesday, tuesday, "09:00:00", EventNames.AddToCart, cart: "bx-2", kind: VisitorKind.Cookieless),
            E(v2Tuesday, tuesday, "09:10:00", EventNames.Purchase, cart: "bx-2", transaction: "BX2", kind: VisitorKind.Cookieless),
            E(v4, tuesday, "15:00:00", EventNames.AddToCart, cart: "bx-4"),
            E(v1, wednesday, "09:59:00", EventNames.BeginCheckout, cart: "bx-1"),
            E(v1, wednesday, "10:00:00", EventNames.Purchase, cart: "bx-1", transaction: "BX1"),
            E(v3, nextTuesday, "12:00:00", EventNames.Purchase, cart: "bx-3", transaction: "BX3"),
            E(v5, friday, "10:00:00", EventNames.AddToCart, cart: "bx-5"),
            E(v6, saturday, "10:00:00", EventNames.AddToCart, cart: "bx-6"),
            E(v6, saturday, "10:05:00", EventNames.Purchase, cart: "bx-6", transaction: "BX6"),
        ];
    }

    private static RawEvent E(Guid visitor, DateOnly day, string time, string name, string? cart = null, string? transaction = null,
        (string Source, string Medium)? source = null, VisitorKind kind = VisitorKind.Cookie) => new()
        {
            Day = day, OccurredAt = new DateTimeOffset(day.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(2)).ToUniversalTime(),
            ReceivedAt = DateTimeOffset.UtcNow, VisitorId = visitor, VisitorKind = kind, Name = name, Page = name == EventNames.PageView ? "/en" : null,
            Source = source?.Source, Medium = source?.Medium, TransactionId = transaction, ValueMinor = transaction is null ? null : 10_000,
            Currency = transaction is null ? null : "EUR", Market = Market, Language = "en", Device = DeviceCategory.Desktop,
            Params = cart is null ? null : $$"""{"cart_id":"{{cart}}"}""",
        };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBagAbandonmentTests(SqliteAppFixture fixture) : BagAbandonmentContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlBagAbandonmentTests(PostgresAppFixture fixture) : BagAbandonmentContract(fixture);
