using Microsoft.EntityFrameworkCore;
using Vetrina.Cart.Contracts;
using Vetrina.Cart.Domain;
using Vetrina.Data;
using Vetrina.Markets.Contracts;

namespace Vetrina.Cart.Shopping;

internal sealed class BagCommands(VetrinaDbContext db, CartService carts) : IBagCommands
{
    public Task DiscardWithinAsync(Guid bagId, CancellationToken cancellationToken) =>
        db.Set<ShoppingCart>().Where(c => c.Id == bagId).ExecuteDeleteAsync(cancellationToken);

    public async Task<BagChange> AddAsync(Guid? bagId, MarketView market, string skuCode, int quantity, string? customerId, CancellationToken cancellationToken)
    {
        var (cart, problem) = await carts.AddAsync(bagId, market, skuCode, quantity, customerId, cancellationToken);
        return new BagChange(cart?.Id, problem);
    }

    public async Task<BagChange> SetQuantityAsync(Guid bagId, MarketView market, int lineId, int quantity, CancellationToken cancellationToken)
    {
        var (cart, problem) = await carts.SetQuantityAsync(bagId, market, lineId, quantity, cancellationToken);
        return new BagChange(cart?.Id, problem);
    }

    public Task<Guid?> MergeAtSignInAsync(Guid? guestBagId, string customerId, CancellationToken cancellationToken) =>
        carts.MergeAtSignInAsync(guestBagId, customerId, cancellationToken);
}
