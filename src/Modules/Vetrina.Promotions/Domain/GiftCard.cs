using System.Security.Cryptography;
using Vetrina.Kernel;

namespace Vetrina.Promotions.Domain;

/// <summary>
/// A gift card: a balance in one currency, spent at checkout in part or in full. Its balance changes only through
/// conditional updates with a ledger line (<see cref="GiftCardTransaction"/>), so two orders can never spend it twice.
/// </summary>
internal sealed class GiftCard
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private GiftCard()
    {
        Code = null!;
        Currency = null!;
    }

    public GiftCard(Money amount, DateTimeOffset? expiresAt, DateTimeOffset at)
    {
        Code = string.Concat(RandomNumberGenerator.GetItems<char>(Alphabet, 16));
        Currency = amount.Currency;
        InitialMinor = amount.Minor;
        BalanceMinor = amount.Minor;
        ExpiresAt = expiresAt;
        CreatedAt = at;
        Active = true;
    }

    public int Id { get; private set; }

    /// <summary>16 characters without look-alikes (no 0/O, 1/I), printed in groups of four.</summary>
    public string Code { get; private set; }

    public Currency Currency { get; private set; }

    public long InitialMinor { get; private set; }

    public long BalanceMinor { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string Display => string.Join('-', Code.Chunk(4).Select(c => new string(c)));

    /// <summary>What a shopper typed, as stored: upper case, without the dashes and spaces between the groups.</summary>
    public static string Normalize(string? typed) => new([.. (typed ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
}

/// <summary>A change of a gift card's balance: spent by an order (negative), given back by a cancellation (positive).</summary>
internal sealed class GiftCardTransaction
{
    private GiftCardTransaction()
    {
        Reason = null!;
    }

    public GiftCardTransaction(int giftCardId, long? orderId, long amountMinor, string reason, DateTimeOffset at)
    {
        GiftCardId = giftCardId;
        OrderId = orderId;
        AmountMinor = amountMinor;
        Reason = reason;
        At = at;
    }

    public long Id { get; private set; }

    public int GiftCardId { get; private set; }

    public long? OrderId { get; private set; }

    public long AmountMinor { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset At { get; private set; }
}
