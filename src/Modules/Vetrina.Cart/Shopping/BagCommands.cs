using Microsoft.EntityFrameworkCore;
using Vetrina.Cart.Contracts;
using Vetrina.Cart.Domain;
using Vetrina.Data;

namespace Vetrina.Cart.Shopping;

internal sealed class BagCommands(VetrinaDbContext db) : IBagCommands
{
    public Task DiscardWithinAsync(Guid bagId, CancellationToken cancellationToken) =>
        db.Set<ShoppingCart>().Where(c => c.Id == bagId).ExecuteDeleteAsync(cancellationToken);
}
