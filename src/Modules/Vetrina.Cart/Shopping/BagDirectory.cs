using Microsoft.EntityFrameworkCore;
using Vetrina.Cart.Contracts;
using Vetrina.Cart.Domain;
using Vetrina.Data;
using Vetrina.Markets.Contracts;

namespace Vetrina.Cart.Shopping;

internal sealed class BagDirectory(VetrinaDbContext db, CartService carts) : IBagDirectory
{
    public Task<Guid?> CustomerBagIdAsync(string customerId, CancellationToken cancellationToken) => carts.CustomerCartIdAsync(customerId, cancellationToken);

    public Task<BagSummary?> FindAsync(Guid bagId, CancellationToken cancellationToken) =>
        db.Set<ShoppingCart>().AsNoTracking().Where(c => c.Id == bagId).Select(c => new BagSummary(c.Id, c.Market, c.CustomerId, c.Lines.Count))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<CartView?> ViewAsync(Guid bagId, MarketView market, CancellationToken cancellationToken) =>
        await carts.FindAsync(bagId, cancellationToken) is { } cart ? await carts.ViewAsync(cart, market, cancellationToken) : null;

    public Task<bool> ExistsAsync(Guid bagId, CancellationToken cancellationToken) => db.Set<ShoppingCart>().AnyAsync(c => c.Id == bagId, cancellationToken);

    public async Task<IReadOnlyList<BagLine>> LinesAsync(Guid bagId, CancellationToken cancellationToken) =>
        await db.Set<CartLine>().AsNoTracking().Where(l => l.CartId == bagId).OrderBy(l => l.Id)
            .Select(l => new BagLine(l.SkuId, l.Quantity, l.PriceSeen)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> CustomersHoldingAsync(IReadOnlyCollection<int>? skuIds, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var bags = db.Set<ShoppingCart>().AsNoTracking().Where(c => c.CustomerId != null);
        bags = skuIds is null ? bags.Where(c => c.Lines.Any()) : bags.Where(c => c.Lines.Any(l => skuIds.Contains(l.SkuId)));
        if (since is { } changedSince)
        {
            bags = bags.Where(c => c.UpdatedAt >= changedSince);
        }

        return await bags.Select(c => c.CustomerId!).Distinct().ToListAsync(cancellationToken);
    }
}
