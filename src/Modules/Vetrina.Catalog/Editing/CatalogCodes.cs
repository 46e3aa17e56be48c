using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Domain;
using Vetrina.Data;

namespace Vetrina.Catalog.Editing;

internal sealed class CatalogCodes(VetrinaDbContext db) : ICatalogCodes
{
    public Task<SkuCodes?> OfSkuAsync(int skuId, CancellationToken cancellationToken) =>
        (from k in db.Set<Sku>()
         join c in db.Set<Colourway>() on k.ColourwayId equals c.Id
         join s in db.Set<Style>() on c.StyleId equals s.Id
         where k.Id == skuId
         select new SkuCodes(k.Code, s.Code)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ExistingStylesAsync(IReadOnlyCollection<string> styleCodes, CancellationToken cancellationToken) =>
        await db.Set<Style>().Where(s => styleCodes.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken);
}
