using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Cart.Domain;
using Vetrina.Data;

namespace Vetrina.Cart.Shopping;

/// <summary>
/// Removes bags nobody has touched for <c>Vetrina:Cart:RetentionDays</c> days (60 by default): a guest's bag is
/// personal data of a kind, and keeping it forever serves no one. Run hourly by the job runner; the delete is idempotent.
/// </summary>
internal sealed class CartRetention(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock)
{
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
}
