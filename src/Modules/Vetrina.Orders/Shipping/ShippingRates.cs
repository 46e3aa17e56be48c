using Microsoft.EntityFrameworkCore;
using Vetrina.Data;

namespace Vetrina.Orders.Shipping;

/// <summary>The shipping methods a market offers, cheapest kind first.</summary>
public sealed class ShippingRates(VetrinaDbContext db)
{
    public async Task<IReadOnlyList<ShippingMethod>> ForMarketAsync(string marketCode, CancellationToken cancellationToken = default) =>
        await db.Set<ShippingMethod>().AsNoTracking().Where(m => m.MarketCode == marketCode).OrderBy(m => m.Position).ToListAsync(cancellationToken);
}
