namespace Vetrina.Analytics.Domain;

/// <summary>
/// What a day adds up to for one slice of traffic. Rollup rows hold these, so that a year of dashboards sums 365 small
/// rows per slice instead of reading every event (Matomo's way: days archived, weeks and months summed from days).
/// Money is in the reporting currency's minor units, at the day's stored rate.
/// </summary>
internal abstract class DailyMeasures : IVisitorCounts
{
    public DateOnly Day { get; set; }

    public int Sessions { get; set; }

    public int EngagedSessions { get; set; }

    /// <summary>Distinct visitors of the row; over periods and slices, <see cref="Visitors"/> are merged instead of adding these up.</summary>
    public int Users { get; set; }

    /// <summary>The row's visitors as a <see cref="VisitorSketch"/>; null on rows built before distinct counting.</summary>
    public byte[]? Visitors { get; set; }

    /// <summary>The row's visitors with a purchase, as a <see cref="VisitorSketch"/>.</summary>
    public byte[]? Buyers { get; set; }

    public int NewUsers { get; set; }

    /// <summary>Distinct visitors of the day with a purchase: the numerator of the user conversion rate.</summary>
    public int PurchaseUsers { get; set; }

    public int PageViews { get; set; }

    public long DurationSeconds { get; set; }

    public int ViewItemSessions { get; set; }

    public int CartSessions { get; set; }

    public int CheckoutSessions { get; set; }

    public int PaymentSessions { get; set; }

    public int PurchaseSessions { get; set; }

    /// <summary>Bags first filled on the day in the slice (<see cref="Bag"/>), kept up to date as later orders decide them ...</summary>
    public int Bags { get; set; }

    /// <summary>... of which an order came within the window so far.</summary>
    public int BagsOrdered { get; set; }

    /// <summary>Bags whose first checkout began on the day ...</summary>
    public int Checkouts { get; set; }

    public int CheckoutsOrdered { get; set; }

    /// <summary>The closed funnel's steps: sessions that viewed an item and added to the bag ...</summary>
    public int FunnelCarted { get; set; }

    /// <summary>... and began checkout ...</summary>
    public int FunnelCheckedOut { get; set; }

    /// <summary>... and gave payment details ...</summary>
    public int FunnelPaying { get; set; }

    /// <summary>... and bought.</summary>
    public int FunnelBought { get; set; }

    public int Orders { get; set; }

    /// <summary>Paid orders cancelled on the day (they no longer count as orders).</summary>
    public int Cancellations { get; set; }

    /// <summary>The totals of the orders placed on the day, VAT and shipping included.</summary>
    public long RevenueMinor { get; set; }

    /// <summary>What was given back on the day of money charged for earlier or same-day orders.</summary>
    public long RefundsMinor { get; set; }

    /// <summary>
    /// The totals of orders cancelled on the day: never charged (the authorisation voided) or given back whole before
    /// anything shipped, so neither sales nor a refund.
    /// </summary>
    public long CancelledMinor { get; set; }

    /// <summary>
    /// Shopify's gross sales: the goods at their prices before discounts, without VAT, of the orders placed on the day,
    /// less those of orders cancelled on the day.
    /// </summary>
    public long GrossSalesMinor { get; set; }

    /// <summary>The discounts without VAT of the day's orders, less those of orders cancelled on the day.</summary>
    public long DiscountsMinor { get; set; }

    /// <summary>Refunds of the day without their VAT: Shopify's returns.</summary>
    public long ReturnsMinor { get; set; }

    /// <summary>Shipping charged without VAT, less that of orders cancelled on the day.</summary>
    public long ShippingMinor { get; set; }

    /// <summary>VAT charged, less the VAT of refunds and cancellations of the day.</summary>
    public long TaxMinor { get; set; }

    public void Add(Session session)
    {
        Sessions++;
        EngagedSessions += session.Engaged ? 1 : 0;
        NewUsers += session.NewUser ? 1 : 0;
        PageViews += session.PageViews;
        DurationSeconds += (long)(session.EndedAt - session.StartedAt).TotalSeconds;
        ViewItemSessions += session.Steps.HasFlag(FunnelSteps.ViewItem) ? 1 : 0;
        CartSessions += session.Steps.HasFlag(FunnelSteps.AddToCart) ? 1 : 0;
        CheckoutSessions += session.Steps.HasFlag(FunnelSteps.BeginCheckout) ? 1 : 0;
        PaymentSessions += session.Steps.HasFlag(FunnelSteps.AddPaymentInfo) ? 1 : 0;
        PurchaseSessions += session.Steps.HasFlag(FunnelSteps.Purchase) ? 1 : 0;
        FunnelCarted += session.Steps.HasFlag(Funnel.Carted) ? 1 : 0;
        FunnelCheckedOut += session.Steps.HasFlag(Funnel.CheckedOut) ? 1 : 0;
        FunnelPaying += session.Steps.HasFlag(Funnel.Paying) ? 1 : 0;
        FunnelBought += session.Steps.HasFlag(Funnel.Bought) ? 1 : 0;
    }

    /// <summary>
    /// Adds (sign 1) or takes away (sign -1) another row's sums, as the aggregation merges a visitor's new figures in place
    /// of their old ones. Distinct visitors are merged as sketches instead, and bag counts are set from the bags.
    /// </summary>
    public void Add(DailyMeasures other, int sign)
    {
        Sessions += sign * other.Sessions;
        EngagedSessions += sign * other.EngagedSessions;
        NewUsers += sign * other.NewUsers;
        PageViews += sign * other.PageViews;
        DurationSeconds += sign * other.DurationSeconds;
        ViewItemSessions += sign * other.ViewItemSessions;
        CartSessions += sign * other.CartSessions;
        CheckoutSessions += sign * other.CheckoutSessions;
        PaymentSessions += sign * other.PaymentSessions;
        PurchaseSessions += sign * other.PurchaseSessions;
        FunnelCarted += sign * other.FunnelCarted;
        FunnelCheckedOut += sign * other.FunnelCheckedOut;
        FunnelPaying += sign * other.FunnelPaying;
        FunnelBought += sign * other.FunnelBought;
        Orders += sign * other.Orders;
        Cancellations += sign * other.Cancellations;
        RevenueMinor += sign * other.RevenueMinor;
        RefundsMinor += sign * other.RefundsMinor;
        CancelledMinor += sign * other.CancelledMinor;
        GrossSalesMinor += sign * other.GrossSalesMinor;
        DiscountsMinor += sign * other.DiscountsMinor;
        ReturnsMinor += sign * other.ReturnsMinor;
        ShippingMinor += sign * other.ShippingMinor;
        TaxMinor += sign * other.TaxMinor;
    }
}

/// <summary>
/// The daily cube of the dashboards' filters: one row per day, market, language, channel and device, so the overview
/// under any mix of those filters reads only rollups.
/// </summary>
internal sealed class DailyFigures : DailyMeasures
{
    public long Id { get; set; }

    public string Market { get; set; } = "";

    public string Language { get; set; } = "";

    public Channel Channel { get; set; }

    public DeviceCategory Device { get; set; }
}

/// <summary>The dimensions with many values, each broken down per day and market.</summary>
internal enum Dimension : byte
{
    SourceMedium = 0,
    Campaign = 1,
    Landing = 2,
    Country = 3,
}

/// <summary>One value of a many-valued dimension (a campaign, a landing page...) on one day in one market.</summary>
internal sealed class DailyBreakdown : DailyMeasures
{
    public long Id { get; set; }

    public string Market { get; set; } = "";

    public Dimension Dimension { get; set; }

    public string Value { get; set; } = "";
}

/// <summary>A product's day, by size: views, bag adds, units sold and returned, revenue.</summary>
internal sealed class DailyProduct
{
    public long Id { get; set; }

    public DateOnly Day { get; set; }

    public string Market { get; set; } = "";

    public string ItemId { get; set; } = "";

    /// <summary>The size; empty where the event named the style only (views, lists).</summary>
    public string Size { get; set; } = "";

    public string? Name { get; set; }

    public int Views { get; set; }

    public int AddedUnits { get; set; }

    public int SoldUnits { get; set; }

    public int ReturnedUnits { get; set; }

    public long RevenueMinor { get; set; }

    /// <summary>Adds (sign 1) or takes away (sign -1) another row's sums, as <see cref="DailyMeasures.Add(DailyMeasures, int)"/>.</summary>
    public void Add(DailyProduct other, int sign)
    {
        Name ??= other.Name;
        Views += sign * other.Views;
        AddedUnits += sign * other.AddedUnits;
        SoldUnits += sign * other.SoldUnits;
        ReturnedUnits += sign * other.ReturnedUnits;
        RevenueMinor += sign * other.RevenueMinor;
    }
}
