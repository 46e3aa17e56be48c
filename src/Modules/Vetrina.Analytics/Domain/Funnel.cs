namespace Vetrina.Analytics.Domain;

/// <summary>
/// The purchase funnel, closed: view_item &gt; add_to_cart &gt; begin_checkout &gt; add_payment_info &gt; purchase, each step
/// counting the sessions that reached it and every step before.
/// </summary>
internal static class Funnel
{
    public const FunnelSteps Viewed = FunnelSteps.ViewItem;
    public const FunnelSteps Carted = Viewed | FunnelSteps.AddToCart;
    public const FunnelSteps CheckedOut = Carted | FunnelSteps.BeginCheckout;
    public const FunnelSteps Paying = CheckedOut | FunnelSteps.AddPaymentInfo;
    public const FunnelSteps Bought = Paying | FunnelSteps.Purchase;

    public static IReadOnlyList<string> StepNames { get; } =
        ["session_start", EventNames.ViewItem, EventNames.AddToCart, EventNames.BeginCheckout, EventNames.AddPaymentInfo, EventNames.Purchase];
}
