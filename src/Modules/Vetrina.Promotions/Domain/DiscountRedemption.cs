namespace Vetrina.Promotions.Domain;

/// <summary>One use of a code by an order: what counts against the per-customer limit, and gives the use back on cancellation.</summary>
public sealed class DiscountRedemption
{
    private DiscountRedemption()
    {
        Email = null!;
    }

    public DiscountRedemption(int discountCodeId, long orderId, string email, long amountMinor, DateTimeOffset at)
    {
        DiscountCodeId = discountCodeId;
        OrderId = orderId;
        Email = email;
        AmountMinor = amountMinor;
        At = at;
    }

    public long Id { get; private set; }

    public int DiscountCodeId { get; private set; }

    public long OrderId { get; private set; }

    public string Email { get; private set; }

    public long AmountMinor { get; private set; }

    public DateTimeOffset At { get; private set; }
}
