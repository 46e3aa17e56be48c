namespace Vetrina.Promotions.Domain;

/// <summary>One use of a code by an order: what counts against the per-customer limit, and gives the use back on cancellation.</summary>
internal sealed class DiscountRedemption
{
    private DiscountRedemption()
    {
        Email = null!;
    }

    public DiscountRedemption(int discountCodeId, long orderId, string email, int slot, long amountMinor, DateTimeOffset at)
    {
        DiscountCodeId = discountCodeId;
        Slot = slot;
        OrderId = orderId;
        Email = email;
        AmountMinor = amountMinor;
        At = at;
    }

    public long Id { get; private set; }

    public int DiscountCodeId { get; private set; }

    public long OrderId { get; private set; }

    public string Email { get; private set; }

    /// <summary>
    /// Which of the customer's allowed uses this is (1 to the code's per-customer limit; 0 when the code has none).
    /// Unique per code and customer, so two orders placed at once cannot both take the last use: the second insert fails.
    /// </summary>
    public int Slot { get; private set; }

    public long AmountMinor { get; private set; }

    public DateTimeOffset At { get; private set; }
}
