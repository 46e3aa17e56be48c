using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Promotions.Contracts;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Pricing;

internal sealed class DiscountCodes(VetrinaDbContext db) : IDiscountCodes
{
    public Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) => db.Set<DiscountCode>().AnyAsync(c => c.Code == code, cancellationToken);
}
