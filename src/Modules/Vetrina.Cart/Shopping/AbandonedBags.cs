using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Cart.Contracts;
using Vetrina.Cart.Contracts.Events;
using Vetrina.Cart.Domain;
using Vetrina.Data;
using Vetrina.Data.Events;

namespace Vetrina.Cart.Shopping;

/// <summary>
/// Tells of signed-in customers' bags left untouched with something in them (<see cref="CartAbandoned"/>), once per change,
/// every minute. Each bag is marked with a conditional update in the event's transaction: a bag the shopper changed
/// meanwhile (its version moved on) or that another node told of first is left alone, so no change is told of twice.
/// </summary>
internal sealed class AbandonedBags(VetrinaDbContext db, IOptions<CartOptions> options, TimeProvider clock)
{
    /// <summary>Bags left longer ago than this are not told of any more (after a long outage, say): their moment has passed.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    private const int Batch = 500;

    public TimeSpan AbandonedAfter => TimeSpan.FromMinutes(options.Value.AbandonedAfterMinutes);

    /// <summary>Tells of every bag newly abandoned; returns how many.</summary>
    public async Task<int> AnnounceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var idleSince = now - AbandonedAfter;
        var horizon = now - Horizon;
        var told = 0;
        while (true)
        {
            var bags = await db.Set<ShoppingCart>().AsNoTracking()
                .Where(c => c.CustomerId != null && c.UpdatedAt <= idleSince && c.UpdatedAt >= horizon && c.Lines.Any()
                    && (c.AbandonedAt == null || c.AbandonedAt < c.UpdatedAt))
                .OrderBy(c => c.UpdatedAt).Take(Batch)
                .Select(c => new
                {
                    c.Id, c.CustomerId, c.Market, c.UpdatedAt, c.Version,
                    Lines = c.Lines.OrderBy(l => l.Id).Select(l => new BagLine(l.SkuId, l.Quantity, l.PriceSeen)).ToList(),
                })
                .ToListAsync(cancellationToken);
            if (bags.Count == 0)
            {
                return told;
            }

            var strategy = db.Database.CreateExecutionStrategy();
            told += await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var marked = 0;
                foreach (var bag in bags)
                {
                    var mine = await db.Set<ShoppingCart>()
                        .Where(c => c.Id == bag.Id && c.Version == bag.Version && (c.AbandonedAt == null || c.AbandonedAt < c.UpdatedAt))
                        .ExecuteUpdateAsync(set => set.SetProperty(c => c.AbandonedAt, bag.UpdatedAt), cancellationToken);
                    if (mine == 1)
                    {
                        db.Publish(new CartAbandoned(bag.Id, bag.CustomerId!, bag.Market, bag.UpdatedAt, bag.Lines, now));
                        marked++;
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return marked;
            });
            if (bags.Count < Batch)
            {
                return told;
            }
        }
    }
}
