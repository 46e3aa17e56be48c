using Microsoft.EntityFrameworkCore;
using Vetrina.Cart.Contracts;
using Vetrina.Cart.Domain;
using Vetrina.Data;

namespace Vetrina.Cart.Shopping;

internal sealed class BagDirectory(VetrinaDbContext db) : IBagDirectory
{
    public Task<bool> ExistsAsync(Guid bagId, CancellationToken cancellationToken) => db.Set<ShoppingCart>().AnyAsync(c => c.Id == bagId, cancellationToken);
}
