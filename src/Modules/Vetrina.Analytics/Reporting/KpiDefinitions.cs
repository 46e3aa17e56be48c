namespace Vetrina.Analytics.Reporting;

/// <summary>A KPI as the dashboards show it: its name, its formula and whose definition it follows (docs/kpis.md).</summary>
internal sealed record KpiDefinition(string Name, string Formula, string Follows);

/// <summary>The definitions shown next to every figure, the same words as docs/kpis.md.</summary>
internal static class KpiDefinitions
{
    public static readonly KpiDefinition Sessions = new("Sessions", "Visits: a new one after 30 minutes without an event (and at the shop's midnight), credited to the source it began with; robots excluded", "GA4");
    public static readonly KpiDefinition Users = new("Users", "Distinct visitors over the period and filters (without consent a visitor is a new one every day); exact up to 100,000, beyond that estimated with a 0.4% standard error", "GA4");
    public static readonly KpiDefinition NewUsers = new("New users", "Visitors whose first visit ever falls in the period (without consent: their first visit of the day)", "GA4");
    public static readonly KpiDefinition EngagementRate = new("Engagement rate", "Engaged sessions ÷ sessions; engaged = 10 s or more, or 2+ page views, or a purchase", "GA4");
    public static readonly KpiDefinition PagesPerSession = new("Pages per session", "Page views ÷ sessions", "GA4 views per session");
    public static readonly KpiDefinition AverageSession = new("Average session", "Time from a session's first event to its last, averaged over sessions", "Universal Analytics session duration");
    public static readonly KpiDefinition Orders = new("Orders", "Confirmed orders (payment authorised), less the paid orders cancelled in the period", "Shopify");
    public static readonly KpiDefinition NetSales = new("Net sales", "Gross sales (goods at their prices, without VAT) − discounts − returns (refunds without their VAT), without shipping; cancelled orders are no sales; in the reporting currency at each day's rate", "Shopify net sales");
    public static readonly KpiDefinition TotalSales = new("Total sales", "What shoppers paid and kept: order totals with VAT and shipping − cancelled orders − refunds (= net sales + shipping + VAT)", "Shopify total sales");
    public static readonly KpiDefinition AverageOrderValue = new("Average order value", "(Gross sales − discounts) ÷ orders, without VAT and shipping", "Shopify");
    public static readonly KpiDefinition SessionConversion = new("Conversion rate (sessions)", "Sessions with a purchase ÷ sessions", "GA4 session conversion rate");
    public static readonly KpiDefinition UserConversion = new("Conversion rate (users)", "Users with a purchase ÷ users", "GA4 user conversion rate");
    public static readonly KpiDefinition CartAbandonment = new("Cart abandonment",
        "1 − bags first filled in the period that became an order within 7 days ÷ those bags; bags filled in the last 7 days wait until their 7 days are over", "Baymard, per bag");
    public static readonly KpiDefinition CheckoutAbandonment = new("Checkout abandonment",
        "1 − bags whose first checkout began in the period and became an order within 7 days ÷ those bags; the last 7 days wait as for cart abandonment", "Baymard, per begun checkout");
    public static readonly KpiDefinition RefundRate = new("Refund rate", "Refunds ÷ sales (order totals − cancelled orders); a cancellation is not a refund", "Shopify returns ÷ gross sales");
    public static readonly KpiDefinition ReturningCustomers = new("Returning customer rate", "Customers of the period who had ordered before it, at any time ÷ customers of the period", "Shopify");
    public static readonly KpiDefinition RepeatPurchase = new("Repeat purchase rate", "Customers with 2+ confirmed orders in the period ÷ customers with 1+", "Shopify");
    public static readonly KpiDefinition Retention = new("Retention", "Of the customers whose first confirmed order fell in a month, the share who ordered in each later month", "Monthly acquisition cohorts");
    public static readonly KpiDefinition LifetimeValue = new("Customer lifetime value", "Net sales per customer of the cohort, from the first order to date", "Historical CLV");
    public static readonly KpiDefinition ReturnRate = new("Return rate", "Units returned ÷ units sold, by product and size", "Fashion practice");
    public static readonly KpiDefinition ClickThroughRate = new("Click-through rate", "Ad clicks ÷ ad impressions, from the imported cost files", "Google Ads");
    public static readonly KpiDefinition CostPerClick = new("Cost per click", "Ad cost ÷ ad clicks", "Google Ads");
    public static readonly KpiDefinition CostPerAcquisition = new("Cost per acquisition", "Ad cost ÷ confirmed orders the campaigns earned (last click)", "Google Ads cost / conv., orders as conversions");
    public static readonly KpiDefinition ReturnOnAdSpend = new("Return on ad spend", "Net sales the campaigns earned (last click; without VAT and shipping, refunds taken off) ÷ ad cost", "Google Ads conv. value / cost, net of refunds and VAT");
    public static readonly KpiDefinition ReturnsByReason = new("Returns by colour and reason",
        "Of the orders placed in the period (cancelled ones left out): units asked back by shoppers (any outcome) and units staff received without a request (\"no reason given\") ÷ units sold, by style, colour and size; each reason's share of the units returned",
        "Fashion practice (Loop, Narvar return reasons)");
    public static readonly KpiDefinition Fit = new("Fit",
        "\"Runs small\" when at least 3 units came back, \"too small\" is a quarter of them or more and at least twice \"too large\"; \"runs large\" the other way round",
        "Size-advice practice");
    public static readonly KpiDefinition AddToCartRate = new("Add-to-cart rate", "Units added to bags ÷ product views", "—");
}
