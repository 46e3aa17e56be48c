using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel;
using Vetrina.Promotions.Contracts;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Pricing;

internal sealed class GiftCards(VetrinaDbContext db) : IGiftCardLedger
{
    public string IssueWithin(Money amount, string reason, string actor, DateTimeOffset at)
    {
        var card = new GiftCard(amount, null, at);
        db.Add(card);
        db.AuditLog.Add(new AuditEntry(at, actor, "giftcard.issue", $"giftcard:…{card.Code[^4..]}", $"{amount}: {reason}"));
        return card.Display;
    }

    public async Task<GiftCardUse> PreviewAsync(string? typed, Money total, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return GiftCardUse.None;
        }

        var code = GiftCard.Normalize(typed);
        var card = await db.Set<GiftCard>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code && c.Active, cancellationToken);
        if (card is null)
        {
            return new(null, 0, GiftCardProblem.Unknown);
        }

        var view = new GiftCardView(card.Id, card.Display, card.BalanceMinor);
        return card switch
        {
            { ExpiresAt: { } expires } when expires <= now => new(view, 0, GiftCardProblem.Expired),
            _ when card.Currency != total.Currency => new(view, 0, GiftCardProblem.OtherCurrency),
            { BalanceMinor: <= 0 } => new(view, 0, GiftCardProblem.Empty),
            _ => new(view, Math.Min(card.BalanceMinor, total.Minor), GiftCardProblem.None),
        };
    }

    public async Task<bool> SpendWithinAsync(int cardId, long orderId, long amountMinor, DateTimeOffset at, CancellationToken cancellationToken)
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

    public async Task<long> NetSpentAsync(long orderId, CancellationToken cancellationToken) =>
        -await db.Set<GiftCardTransaction>().AsNoTracking().Where(t => t.OrderId == orderId).SumAsync(t => t.AmountMinor, cancellationToken);

    public async Task<long> GiveBackWithinAsync(long orderId, DateTimeOffset at, long? upToMinor, string reason, CancellationToken cancellationToken)
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
