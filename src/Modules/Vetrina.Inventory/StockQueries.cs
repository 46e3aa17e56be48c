using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory;

/// <summary>
/// Compiled queries of the stock read path. The product page asks on every view, and translating the LINQ each time cost
/// more than running it. A compiled query belongs to one model, so it lives in a singleton of the app, not in a static.
/// </summary>
internal sealed class StockQueries
{
    public Func<VetrinaDbContext, int[], IAsyncEnumerable<SkuLevel>> OnlineLevels { get; } = EF.CompileAsyncQuery(
        (VetrinaDbContext db, int[] skuIds) => db.Set<StockLevel>().AsNoTracking()
            .Where(l => skuIds.Contains(l.SkuId) && db.Set<StockLocation>().Any(location => location.FulfilsOnline && location.Code == l.LocationCode))
            .Select(l => new SkuLevel(l.SkuId, l.OnHand, l.Reserved, l.BackorderLimit, l.ExpectedOn)));
}
