namespace Vetrina.Analytics.Domain;

/// <summary>The steps of the purchase funnel a session reached (each a GA4 event).</summary>
[Flags]
internal enum FunnelSteps : byte
{
    None = 0,
    ViewItem = 1,
    AddToCart = 2,
    BeginCheckout = 4,
    AddShippingInfo = 8,
    AddPaymentInfo = 16,
    Purchase = 32,
}
