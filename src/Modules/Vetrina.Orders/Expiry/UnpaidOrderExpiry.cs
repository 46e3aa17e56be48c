using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Inventory.Contracts;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Orders.Payments;

namespace Vetrina.Orders.Expiry;

/// <summary>
/// Gives back the stock of orders never paid for: a challenge left open, a tab closed, a node that died between placing
/// and charging. Each is settled by <see cref="OrderPayments.ExpireAsync"/>, which asks the provider first; two nodes
/// sweeping at once are harmless, the order's version lets only one of them move it. The same sweep releases stock held
/// for an order or an exchange that was never written.
/// </summary>
internal sealed class UnpaidOrderExpiry(IServiceScopeFactory scopes, IOptions<OrderOptions> options, TimeProvider clock)
{
    private const int BatchSize = 50;
    private const int HoldsPage = 500;

    /// <summary>One sweep, as the job runner runs it every <see cref="OrderOptions.ExpirySweep"/>.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await SettleStrandedAsync(cancellationToken);
        await ExpireDueAsync(cancellationToken);
        await ReleaseOrphanHoldsAsync(cancellationToken);
    }

    /// <summary>
    /// Releases stock held for an order or an exchange that was never written (the node died between holding and
    /// writing it): a hold older than the payment window that no order or return claims. Looks back one day, as the
    /// sweep runs every few seconds.
    /// </summary>
    public async Task<int> ReleaseOrphanHoldsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        return await ReleaseOrphansAsync(scope.ServiceProvider, Checkout.OrderPlacement.HoldPrefix,
                (page, token) => db.Set<Order>().AsNoTracking().Where(o => page.Contains(o.StockReference)).Select(o => o.StockReference).ToListAsync(token),
                cancellationToken)
            + await ReleaseOrphansAsync(scope.ServiceProvider, Aftersales.ReturnRequests.ExchangePrefix,
                (page, token) => db.Set<ReturnRequest>().AsNoTracking().Where(r => page.Contains(r.ExchangeReference!)).Select(r => r.ExchangeReference!).ToListAsync(token),
                cancellationToken);
    }

    private async Task<int> ReleaseOrphansAsync(IServiceProvider services, string prefix,
        Func<IReadOnlyList<string>, CancellationToken, Task<List<string>>> claimedOf, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.PaymentWindow;
        var since = cutoff.AddDays(-1);
        var holds = services.GetRequiredService<IStockHolds>();
        var orphans = new List<string>();
        string? after = null;
        // A page of holds still holding stock at a time: those of live orders (most of them) are passed over, so a day
        // with many orders awaiting shipment never hides an orphan behind them.
        while (orphans.Count < BatchSize)
        {
            var page = await holds.StillHeldAsync(prefix, since, cutoff, after, HoldsPage, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            var claimed = await claimedOf(page, cancellationToken);
            orphans.AddRange(page.Except(claimed));
            after = page[^1];
            if (page.Count < HoldsPage)
            {
                break;
            }
        }

        var released = 0;
        foreach (var reference in orphans.Take(BatchSize))
        {
            released += await holds.ReleaseAsync(reference, cancellationToken);
        }

        return released;
    }

    /// <summary>
    /// Asks the provider about orders whose authorisation was sent but whose answer was never recorded (the node died
    /// between the two) once <see cref="OrderOptions.StrandedAfter"/> has passed: an authorised one is confirmed and its
    /// shopper mailed within a minute, not when the window closes; one the provider never saw is cancelled and its
    /// stock released. A challenge waiting on the shopper is left to the window. Returns how many were asked about.
    /// </summary>
    public async Task<int> SettleStrandedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var cutoff = clock.GetUtcNow() - options.Value.StrandedAfter;
        var stranded = await db.Set<Order>().AsNoTracking().Where(o => o.Status == OrderStatus.Placed && o.PlacedAt < cutoff)
            .Join(db.Set<OrderPayment>().Where(p => p.State == PaymentState.Pending), o => o.Id, p => p.OrderId, (o, _) => o)
            .OrderBy(o => o.PlacedAt).Select(o => o.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var payments = scope.ServiceProvider.GetRequiredService<OrderPayments>();
        foreach (var id in stranded)
        {
            await payments.RefreshAsync(id, cancellationToken);
        }

        return stranded.Count;
    }

    /// <summary>Settles the unpaid orders past their payment window; returns how many were cancelled.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Set<Order>().AsNoTracking().Where(o => o.Status == OrderStatus.Placed && o.PaymentDueBy < now)
            .OrderBy(o => o.PaymentDueBy).Select(o => o.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var payments = scope.ServiceProvider.GetRequiredService<OrderPayments>();
        var cancelled = 0;
        foreach (var id in due)
        {
            if (await payments.ExpireAsync(id, cancellationToken))
            {
                cancelled++;
            }
        }

        return cancelled;
    }
}
