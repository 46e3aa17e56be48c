using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Pricing;

public enum GiftCardProblem
{
    None,
    Unknown,
    Expired,
    OtherCurrency,
    Empty,
    BalanceChanged,
}

/// <summary>What a gift card pays of a total, or why it pays nothing.</summary>
public sealed record GiftCardUse(GiftCard? Card, long AppliedMinor, GiftCardProblem Problem)
{
    public static readonly GiftCardUse None = new(null, 0, GiftCardProblem.None);
}

public sealed class GiftCards(VetrinaDbContext db)
{
    /// <summary>How much of <paramref name="total"/> the card typed would pay now.</summary>
    public async Task<GiftCardUse> PreviewAsync(string? typed, Money total, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return GiftCardUse.None;
        }

        var code = GiftCard.Normalize(typed);
        var card = await db.Set<GiftCard>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code && c.Active, cancellationToken);
        return card switch
        {
            null => new(null, 0, GiftCardProblem.Unknown),
            { ExpiresAt: { } expires } when expires <= now => new(card, 0, GiftCardProblem.Expired),
            _ when card.Currency != total.Currency => new(card, 0, GiftCardProblem.OtherCurrency),
            { BalanceMinor: <= 0 } => new(card, 0, GiftCardProblem.Empty),
            _ => new(card, Math.Min(card.BalanceMinor, total.Minor), GiftCardProblem.None),
        };
    }

    /// <summary>Spends from the card inside the order's transaction; false when the balance no longer covers it (spent elsewhere meanwhile).</summary>
    public async Task<bool> SpendWithinAsync(int cardId, long orderId, long amountMinor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var spent = await db.Set<GiftCard>().Where(c => c.Id == cardId && c.Active && c.BalanceMinor >= amountMinor)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.BalanceMinor, c => c.BalanceMinor - amountMinor), cancellationToken);
        if (spent == 0)
        {
            return false;
        }

        db.Add(new GiftCardTransaction(cardId, orderId, -amountMinor, "order", at));
        return true;
    }

    /// <summary>What an order spent from gift cards and has not been given back yet.</summary>
    public async Task<long> NetSpentAsync(long orderId, CancellationToken cancellationToken = default) =>
        -await db.Set<GiftCardTransaction>().AsNoTracking().Where(t => t.OrderId == orderId).SumAsync(t => t.AmountMinor, cancellationToken);

    /// <summary>
    /// Puts back on the cards what an order spent from them, inside the caller's transaction (a cancellation: all of it;
    /// a refund: up to <paramref name="upToMinor"/>). Returns the amount given back.
    /// </summary>
    public async Task<long> GiveBackWithinAsync(long orderId, DateTimeOffset at, long? upToMinor = null, string reason = "order cancelled",
        CancellationToken cancellationToken = default)
    {
        var spent = await db.Set<GiftCardTransaction>().AsNoTracking().Where(t => t.OrderId == orderId)
            .GroupBy(t => t.GiftCardId).Select(g => new { Card = g.Key, Net = g.Sum(t => t.AmountMinor) }).ToListAsync(cancellationToken);
        var left = upToMinor ?? long.MaxValue;
        var given = 0L;
        foreach (var card in spent.Where(s => s.Net < 0).OrderBy(s => s.Card))
        {
            var back = Math.Min(-card.Net, left - given);
            if (back <= 0)
            {
                break;
            }

            await db.Set<GiftCard>().Where(c => c.Id == card.Card)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.BalanceMinor, c => c.BalanceMinor + back), cancellationToken);
            db.Add(new GiftCardTransaction(card.Card, orderId, back, reason, at));
            given += back;
        }

        return given;
    }
}
