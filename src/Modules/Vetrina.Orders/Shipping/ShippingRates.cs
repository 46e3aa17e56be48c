using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Vetrina.Data;

namespace Vetrina.Orders.Shipping;

/// <summary>The shipping methods a market offers, cheapest kind first; read on every quote, so kept in memory for half a minute.</summary>
internal sealed class ShippingRates(VetrinaDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<ShippingMethod>> ForMarketAsync(string marketCode, CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync($"shipping:{marketCode}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeepFor;
            return (IReadOnlyList<ShippingMethod>)await db.Set<ShippingMethod>().AsNoTracking().Where(m => m.MarketCode == marketCode)
                .OrderBy(m => m.Position).ToListAsync(cancellationToken);
        }))!;
}
