using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Vetrina.Data;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Pricing;

/// <summary>The promotions checkout prices with, and the use of a code recorded with the order that used it.</summary>
public sealed class PromotionBook(VetrinaDbContext db, IMemoryCache cache)
{
    private const string AutomaticKey = "promotions:automatic";

    /// <summary>Automatic promotions that may apply, kept in memory for 30 seconds: every quote asks.</summary>
    public async Task<IReadOnlyList<AutomaticPromotion>> AutomaticAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(AutomaticKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return (IReadOnlyList<AutomaticPromotion>)await db.Set<AutomaticPromotion>().AsNoTracking().Where(p => p.Active).ToListAsync(cancellationToken);
        }))!;

    public async Task<DiscountCode?> FindCodeAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var normalized = code.Trim().ToUpperInvariant();
        return await db.Set<DiscountCode>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == normalized, cancellationToken);
    }

    /// <summary>
    /// Records the use of a code by an order, inside the order's transaction: counts it against the code's limit with a
    /// conditional update (concurrent orders cannot use it past its limit) and checks the shopper's own limit.
    /// </summary>
    public async Task<CodeProblem> RedeemWithinAsync(DiscountCode code, long orderId, string email, long amountMinor, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        // The customer's first free use; 0 for a code without a per-customer limit (only used slots are unique).
        var slot = 0;
        if (code.UsagePerCustomer is { } perCustomer)
        {
            var taken = await db.Set<DiscountRedemption>().Where(r => r.DiscountCodeId == code.Id && r.Email == email).Select(r => r.Slot)
                .ToListAsync(cancellationToken);
            slot = Enumerable.Range(1, perCustomer).FirstOrDefault(s => !taken.Contains(s));
            if (slot == 0)
            {
                return CodeProblem.PerCustomerLimit;
            }
        }

        var counted = await db.Set<DiscountCode>()
            .Where(c => c.Id == code.Id && c.Active && (c.UsageLimit == null || c.TimesUsed < c.UsageLimit))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.TimesUsed, c => c.TimesUsed + 1), cancellationToken);
        if (counted == 0)
        {
            return CodeProblem.UsedUp;
        }

        db.Add(new DiscountRedemption(code.Id, orderId, email, slot, amountMinor, at));
        return CodeProblem.None;
    }

    /// <summary>Whether the customer still has a use of the code left (read outside any order, after a placement failed).</summary>
    public async Task<CodeProblem> RedeemableByAsync(DiscountCode code, string email, CancellationToken cancellationToken = default) =>
        code.UsagePerCustomer is { } perCustomer
        && await db.Set<DiscountRedemption>().CountAsync(r => r.DiscountCodeId == code.Id && r.Email == email, cancellationToken) >= perCustomer
            ? CodeProblem.PerCustomerLimit
            : CodeProblem.None;

    /// <summary>Gives a cancelled order's use of its code back, inside the cancellation's transaction.</summary>
    public async Task ReleaseWithinAsync(long orderId, CancellationToken cancellationToken = default)
    {
        var redemptions = await db.Set<DiscountRedemption>().Where(r => r.OrderId == orderId).ToListAsync(cancellationToken);
        foreach (var redemption in redemptions)
        {
            await db.Set<DiscountCode>().Where(c => c.Id == redemption.DiscountCodeId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.TimesUsed, c => c.TimesUsed - 1), cancellationToken);
            db.Remove(redemption);
        }
    }

    public void Forget() => cache.Remove(AutomaticKey);
}
