namespace Vetrina.Analytics.Reporting;

/// <summary>
/// Sums of the daily measures over a period or a slice, and the KPIs of docs/kpis.md computed from them. Money is in the
/// reporting currency's minor units. A rate whose denominator is zero is null (shown as "—"), never a made-up 0.
/// </summary>
internal sealed record Totals
{
    public int Sessions { get; init; }

    public int EngagedSessions { get; init; }

    /// <summary>Distinct visitors of the period and slice (see <see cref="UsersEstimated"/>).</summary>
    public int Users { get; init; }

    /// <summary>Whether users (and buyers) are a HyperLogLog estimate rather than an exact count: a large shop's.</summary>
    public bool UsersEstimated { get; init; }

    public int NewUsers { get; init; }

    public int PurchaseUsers { get; init; }

    public int PageViews { get; init; }

    public long DurationSeconds { get; init; }

    public int ViewItemSessions { get; init; }

    public int CartSessions { get; init; }

    public int CheckoutSessions { get; init; }

    public int PaymentSessions { get; init; }

    public int PurchaseSessions { get; init; }

    /// <summary>Bags first filled in the period whose window has closed (<see cref="Domain.Bag"/>) ...</summary>
    public int Bags { get; init; }

    /// <summary>... of which an order came within the window.</summary>
    public int BagsOrdered { get; init; }

    /// <summary>Bags filled in the period still within their window: not counted yet either way.</summary>
    public int BagsWaiting { get; init; }

    /// <summary>Bags whose first checkout began in the period, window closed ...</summary>
    public int Checkouts { get; init; }

    public int CheckoutsOrdered { get; init; }

    public int CheckoutsWaiting { get; init; }

    public int FunnelCarted { get; init; }

    public int FunnelCheckedOut { get; init; }

    public int FunnelPaying { get; init; }

    public int FunnelBought { get; init; }

    public int GrossOrders { get; init; }

    public int Cancellations { get; init; }

    public long RevenueMinor { get; init; }

    public long RefundsMinor { get; init; }

    public long CancelledMinor { get; init; }

    public long GrossSalesMinor { get; init; }

    public long DiscountsMinor { get; init; }

    public long ReturnsMinor { get; init; }

    public long ShippingMinor { get; init; }

    public long TaxMinor { get; init; }

    /// <summary>Confirmed orders: cancelled ones no longer count.</summary>
    public int Orders => GrossOrders - Cancellations;

    /// <summary>The totals of the orders that stood: placed, less those cancelled (a voided authorisation is no sale).</summary>
    public long SalesMinor => RevenueMinor - CancelledMinor;

    /// <summary>What shoppers paid and kept, VAT and shipping included: Shopify's total sales (net sales + shipping + taxes).</summary>
    public long TotalSalesMinor => SalesMinor - RefundsMinor;

    /// <summary>Shopify's net sales: gross sales − discounts − returns, without VAT and shipping; the figure of order value, ROAS and the P&amp;L.</summary>
    public long NetSalesMinor => GrossSalesMinor - DiscountsMinor - ReturnsMinor;

    /// <summary>Shopify's average order value: (gross sales − discounts) ÷ orders.</summary>
    public decimal? AverageOrderValueMinor => Orders > 0 ? Math.Round((decimal)(GrossSalesMinor - DiscountsMinor) / Orders, 0, MidpointRounding.AwayFromZero) : null;

    public decimal? EngagementRate => Rate(EngagedSessions, Sessions);

    public decimal? SessionConversionRate => Rate(PurchaseSessions, Sessions);

    public decimal? UserConversionRate => Rate(PurchaseUsers, Users);

    /// <summary>Of the bags filled, the share that became no order within the window (per bag, not per session).</summary>
    public decimal? CartAbandonmentRate => Bags > 0 ? 1 - Rate(BagsOrdered, Bags) : null;

    /// <summary>Of the checkouts begun, the share that became no order within the window.</summary>
    public decimal? CheckoutAbandonmentRate => Checkouts > 0 ? 1 - Rate(CheckoutsOrdered, Checkouts) : null;

    /// <summary>Money given back over the sales it could come from: a cancellation before the charge is not a refund.</summary>
    public decimal? RefundRate => Rate(RefundsMinor, SalesMinor);

    public decimal? PagesPerSession => Sessions > 0 ? Math.Round((decimal)PageViews / Sessions, 2) : null;

    public decimal? AverageSessionSeconds => Sessions > 0 ? Math.Round((decimal)DurationSeconds / Sessions, 0) : null;

    private static decimal? Rate(long part, long whole) => whole > 0 ? Math.Round((decimal)part / whole, 4) : null;
}

/// <summary>One day's totals, for the charts.</summary>
internal sealed record DayTotals(DateOnly Day, Totals Totals);
