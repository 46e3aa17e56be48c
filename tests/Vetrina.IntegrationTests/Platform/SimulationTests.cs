using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Analytics.Domain;
using Vetrina.DemoData.Simulation;
using Vetrina.Orders.Contracts;
using Vetrina.Inventory.Domain;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Fulfilment;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A simulated week of May, played through the real collector parser, checkout, fulfilment, returns and refunds, on its
/// own app (it stocks every SKU): the orders are backdated into the week, their purchases join the visits that led to
/// them, returned orders are refunded, and the days are aggregated for the dashboards.
/// </summary>
public sealed class SimulationTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static readonly DateOnly From = new(2026, 5, 4);
    private static readonly DateOnly To = new(2026, 5, 10);

    [Fact]
    public async Task AWeekOfTraffic_GoesThroughTheRealPaths_IntoEveryFigure()
    {
        var app = fixture.App;
        var simulator = ActivatorUtilities.CreateInstance<TrafficSimulator>(app.Services);

        var result = await simulator.RunAsync(new SimulationOptions(From, To, Seed: 7, VisitsPerDay: 60));

        Assert.Equal(7, result.Days);
        Assert.True(result.Visits > 300 && result.Orders >= 5, $"{result.Visits} visits, {result.Orders} orders");
        var placed = await app.WithDbAsync(db => db.Set<Order>().Select(o => o.PlacedAt).ToListAsync());
        Assert.Equal(result.Orders, placed.Count);
        Assert.All(placed, at => Assert.InRange(DateOnly.FromDateTime(at.UtcDateTime), From.AddDays(-1), To));

        var conversions = await app.WithDbAsync(db => db.Set<Conversion>().ToListAsync());
        Assert.Equal(result.Orders, conversions.Count);
        // Every order was placed by a visitor whose visit that day was recorded: none is left unassigned.
        Assert.DoesNotContain(conversions, c => c.Channel == Channel.Unassigned);
        var days = await app.WithDbAsync(db => db.Set<DailyFigures>().Where(d => d.Day >= From && d.Day <= To).GroupBy(d => d.Day)
            .Select(g => new { g.Key, Sessions = g.Sum(d => d.Sessions) }).ToListAsync());
        Assert.Equal(7, days.Count);
        Assert.True(days.Select(d => d.Sessions).Sum() >= result.Visits * 0.9, "sessions of the week");
        var channels = await app.WithDbAsync(db => db.Set<Session>().Select(s => s.Channel).Distinct().CountAsync());
        Assert.True(channels >= 6, $"{channels} channels");

        // The app's clock replayed the week: what the back office's actions and the stock ledger recorded is dated in it.
        var week = (From: new DateTimeOffset(From.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To: new DateTimeOffset(To.AddDays(12).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var transitions = await app.WithDbAsync(db => db.Set<OrderTransition>().Select(t => t.At).ToListAsync());
        Assert.All(transitions, at => Assert.InRange(at, week.From, week.To));
        var shipped = await app.WithDbAsync(db => db.Set<Shipment>().Select(s => s.ShippedAt).ToListAsync());
        Assert.NotEmpty(shipped);
        Assert.All(shipped, at => Assert.InRange(at!.Value, week.From, week.To));
        var received = await app.WithDbAsync(db => db.Set<StockMovement>().Where(m => m.Reference == "simulation stock").Select(m => m.At).ToListAsync());
        Assert.NotEmpty(received);
        Assert.All(received, at => Assert.InRange(at, week.From, new DateTimeOffset(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));

        var refunded = await app.WithDbAsync(db => db.Set<Order>().CountAsync(o => o.Status == OrderStatus.Refunded));
        Assert.Equal(result.Returns, refunded);
        Assert.Equal(result.Returns, await app.WithDbAsync(db => db.Set<RawEvent>().CountAsync(e => e.Name == EventNames.Return)));
    }
}
