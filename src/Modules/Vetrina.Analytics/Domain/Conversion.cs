namespace Vetrina.Analytics.Domain;

/// <summary>
/// An order as analytics sees it: when, by whom, worth what, and which session it came in (its channel, campaign,
/// landing page). Rebuilt with its day; refunds on later days look their order up here to know whose revenue they reduce.
/// </summary>
internal sealed class Conversion
{
    public string TransactionId { get; set; } = "";

    public DateOnly Day { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public Guid VisitorId { get; set; }

    public string? UserId { get; set; }

    public string Market { get; set; } = "";

    public string Language { get; set; } = "";

    public Channel Channel { get; set; }

    public DeviceCategory Device { get; set; }

    public string? SourceMedium { get; set; }

    public string? Campaign { get; set; }

    public string? Landing { get; set; }

    public string? Country { get; set; }

    /// <summary>The bag the order was placed from (its <c>cart_id</c>), which the bag's abandonment is decided by.</summary>
    public string? CartId { get; set; }

    /// <summary>The order total in its own currency's minor units.</summary>
    public long ValueMinor { get; set; }

    public string Currency { get; set; } = "";

    /// <summary>The order total in the reporting currency, at the rate of its day.</summary>
    public long RevenueMinor { get; set; }

    /// <summary>The goods after discounts, without VAT (<see cref="OrderAmounts"/>), in the reporting currency.</summary>
    public long NetSalesMinor { get; set; }

    /// <summary>The discounts without VAT, in the reporting currency.</summary>
    public long DiscountsMinor { get; set; }

    /// <summary>The VAT of the order, in the reporting currency.</summary>
    public long TaxMinor { get; set; }

    /// <summary>Shipping without VAT: what is left of the total.</summary>
    public long ShippingMinor => RevenueMinor - TaxMinor - NetSalesMinor;
}
