using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Promotions.Contracts;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Pricing;

/// <summary>The promotions checkout prices with, and the use of a code recorded with the order that used it.</summary>
internal sealed class PromotionBook(VetrinaDbContext db, IMemoryCache cache, TimeProvider clock) : IPromotionPricing
{
    private const string AutomaticKey = "promotions:automatic";

    public async Task<bool> HasAutomaticAsync(CancellationToken cancellationToken) => (await AutomaticAsync(cancellationToken)).Count > 0;

    public async Task<DiscountResult> ApplyAsync(IReadOnlyList<PricedLine> lines, Currency currency, string? typedCode, CancellationToken cancellationToken)
    {
        var automatic = await AutomaticAsync(cancellationToken);
        var code = await FindCodeAsync(typedCode, cancellationToken);
        return PromotionEngine.Apply(lines, currency, clock.GetUtcNow(), automatic, typedCode, code);
    }

    /// <summary>
    /// Counts the use against the code's limit with a conditional update and checks the shopper's own limit; the slot
    /// taken is unique per code and address, so two orders racing for a shopper's last use cannot both commit.
    /// </summary>
    public async Task<CodeProblem> RedeemWithinAsync(int codeId, long orderId, string email, long amountMinor, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        // The customer's first free use; 0 for a code without a per-customer limit (only used slots are unique).
        var slot = 0;
        if (await PerCustomerAsync(codeId, cancellationToken) is { } perCustomer)
        {
            var taken = await db.Set<DiscountRedemption>().Where(r => r.DiscountCodeId == codeId && r.Email == email).Select(r => r.Slot)
                .ToListAsync(cancellationToken);
            slot = Enumerable.Range(1, perCustomer).FirstOrDefault(s => !taken.Contains(s));
            if (slot == 0)
            {
                return CodeProblem.PerCustomerLimit;
            }
        }

        var counted = await db.Set<DiscountCode>()
            .Where(c => c.Id == codeId && c.Active && (c.UsageLimit == null || c.TimesUsed < c.UsageLimit))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.TimesUsed, c => c.TimesUsed + 1), cancellationToken);
        if (counted == 0)
        {
            return CodeProblem.UsedUp;
        }

        db.Add(new DiscountRedemption(codeId, orderId, email, slot, amountMinor, at));
        return CodeProblem.None;
    }

    public async Task<CodeProblem> RedeemableByAsync(int codeId, string email, CancellationToken cancellationToken) =>
        await PerCustomerAsync(codeId, cancellationToken) is { } perCustomer
        && await db.Set<DiscountRedemption>().CountAsync(r => r.DiscountCodeId == codeId && r.Email == email, cancellationToken) >= perCustomer
            ? CodeProblem.PerCustomerLimit
            : CodeProblem.None;

    public async Task ReleaseWithinAsync(long orderId, CancellationToken cancellationToken)
    {
        var redemptions = await db.Set<DiscountRedemption>().Where(r => r.OrderId == orderId).ToListAsync(cancellationToken);
        foreach (var redemption in redemptions)
        {
            await db.Set<DiscountCode>().Where(c => c.Id == redemption.DiscountCodeId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.TimesUsed, c => c.TimesUsed - 1), cancellationToken);
            db.Remove(redemption);
        }
    }

    /// <summary>Staff changed the promotions: the next quote reads them again.</summary>
    public void Forget() => cache.Remove(AutomaticKey);

    /// <summary>Automatic promotions that may apply, kept in memory for 30 seconds: every quote asks.</summary>
    private async Task<IReadOnlyList<AutomaticPromotion>> AutomaticAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(AutomaticKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return (IReadOnlyList<AutomaticPromotion>)await db.Set<AutomaticPromotion>().AsNoTracking().Where(p => p.Active).ToListAsync(cancellationToken);
        }))!;

    private async Task<DiscountCode?> FindCodeAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var normalized = code.Trim().ToUpperInvariant();
        return await db.Set<DiscountCode>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == normalized, cancellationToken);
    }

    private Task<int?> PerCustomerAsync(int codeId, CancellationToken cancellationToken) =>
        db.Set<DiscountCode>().Where(c => c.Id == codeId).Select(c => c.UsagePerCustomer).FirstOrDefaultAsync(cancellationToken);
}
