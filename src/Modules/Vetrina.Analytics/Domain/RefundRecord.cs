namespace Vetrina.Analytics.Domain;

/// <summary>Money given back on a day for an order (a cancellation gives back all of it), in the reporting currency.</summary>
internal sealed class RefundRecord
{
    public long Id { get; set; }

    public DateOnly Day { get; set; }

    public string TransactionId { get; set; } = "";

    public string? UserId { get; set; }

    public long RevenueMinor { get; set; }

    /// <summary>
    /// What the refund takes off net sales: the refund without its VAT (at the order's own share of VAT), or for a
    /// cancellation the order's whole net sales; in the reporting currency.
    /// </summary>
    public long NetSalesMinor { get; set; }

    public string Market { get; set; } = "";

    /// <summary>The amount in the order's own currency.</summary>
    public long ValueMinor { get; set; }

    public string Currency { get; set; } = "";

    public bool Cancelled { get; set; }
}
