using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Promotions.Contracts;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Pricing;

internal sealed class DiscountCodes(VetrinaDbContext db) : IDiscountCodes
{
    public Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) => db.Set<DiscountCode>().AnyAsync(c => c.Code == code, cancellationToken);

    public async Task<IReadOnlyList<CodeRedemption>> RedeemedOnAsync(IReadOnlyCollection<long> orderIds, CancellationToken cancellationToken) =>
        await db.Set<DiscountRedemption>().AsNoTracking().Where(r => orderIds.Contains(r.OrderId))
            .Join(db.Set<DiscountCode>(), r => r.DiscountCodeId, c => c.Id, (r, c) => new CodeRedemption(r.OrderId, c.Code))
            .ToListAsync(cancellationToken);
}
