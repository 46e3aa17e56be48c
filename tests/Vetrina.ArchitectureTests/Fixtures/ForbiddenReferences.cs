using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Inventory.Domain;

namespace Vetrina.ArchitectureTests.Fixtures;

// Deliberate breaches, never run: the rule tests load this assembly and expect the rules to find exactly these, so a
// rule that stopped seeing anything would fail.

/// <summary>Posing as a type of the Orders module, it reads Inventory's entity and table directly.</summary>
internal sealed class ReachesIntoInventory(VetrinaDbContext db)
{
    public Task<StockLevel?> ShelfAsync(int sku) => db.Set<StockLevel>().FirstOrDefaultAsync(l => l.SkuId == sku);
}
