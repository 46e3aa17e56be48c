using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vetrina.Cart.Domain;
using Vetrina.Data;

namespace Vetrina.Cart.Shopping;

/// <summary>
/// Removes bags nobody has touched for <c>Vetrina:Cart:RetentionDays</c> days (60 by default): a guest's bag is
/// personal data of a kind, and keeping it forever serves no one. The delete is idempotent, so every node may run it.
/// </summary>
public sealed class CartRetention(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<CartRetention> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public TimeSpan Retention => TimeSpan.FromDays(configuration.GetValue("Vetrina:Cart:RetentionDays", 60));

    public async Task<int> RemoveStaleAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var cutoff = clock.GetUtcNow() - Retention;
        var stale = db.Set<ShoppingCart>().Where(c => c.UpdatedAt < cutoff);
        // Lines first: a bulk delete does not cascade through the change tracker.
        await db.Set<CartLine>().Where(l => stale.Any(c => c.Id == l.CartId)).ExecuteDeleteAsync(cancellationToken);
        return await stale.ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var removed = await RemoveStaleAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Removed {Count} bags unused for {Days} days", removed, Retention.TotalDays);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next round tries again; a database that is down at start must not stop the app.
                logger.LogWarning(e, "Removing stale bags failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
