using Vetrina.Kernel;

namespace Vetrina.Promotions.Contracts;

/// <summary>
/// Gift cards as orders use them: what a card would pay, spending from it with an order, and giving back on a
/// cancellation or refund. The <c>Within</c> methods write in the caller's transaction.
/// </summary>
public interface IGiftCardLedger
{
    /// <summary>How much of <paramref name="total"/> the card typed would pay now, or why it pays nothing.</summary>
    Task<GiftCardUse> PreviewAsync(string? typed, Money total, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Spends from the card for an order; false when the balance no longer covers it (spent elsewhere meanwhile).</summary>
    Task<bool> SpendWithinAsync(int cardId, long orderId, long amountMinor, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>What an order spent from gift cards and has not been given back yet.</summary>
    Task<long> NetSpentAsync(long orderId, CancellationToken cancellationToken);

    /// <summary>
    /// Puts back on the cards what an order spent from them (a cancellation: all of it; a refund: up to
    /// <paramref name="upToMinor"/>). Returns the amount given back.
    /// </summary>
    Task<long> GiveBackWithinAsync(long orderId, DateTimeOffset at, long? upToMinor, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Issues a new card (store credit for a return), in the caller's unit of work: saved with the caller's change or not
    /// at all. Returns its code as shoppers type it ("ABCD-EFGH-…"); the audit log names why and who.
    /// </summary>
    string IssueWithin(Money amount, string reason, string actor, DateTimeOffset at);
}

/// <summary>Why a gift card pays nothing.</summary>
public enum GiftCardProblem
{
    None,
    Unknown,
    Expired,
    OtherCurrency,
    Empty,
    BalanceChanged,
}

/// <summary>A gift card as a shopper sees it at checkout: its printed code and what is left on it.</summary>
public sealed record GiftCardView(int Id, string Display, long BalanceMinor);

/// <summary>What a gift card pays of a total, or why it pays nothing.</summary>
public sealed record GiftCardUse(GiftCardView? Card, long AppliedMinor, GiftCardProblem Problem)
{
    public static readonly GiftCardUse None = new(null, 0, GiftCardProblem.None);
}
