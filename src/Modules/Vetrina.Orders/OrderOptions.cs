namespace Vetrina.Orders;

/// <summary>Configuration section <c>Vetrina:Orders</c>.</summary>
internal sealed class OrderOptions
{
    /// <summary>Order numbers read "VT-100042": the brand's prefix, then a number from 100001 up.</summary>
    public string NumberPrefix { get; set; } = "VT-";

    /// <summary>How long an order holds its stock while the shopper pays (3-D Secure included).</summary>
    public TimeSpan PaymentWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long after its placing an order whose authorisation never came back (the node placing it died mid-call) is
    /// settled with the provider, instead of at the end of the payment window.
    /// </summary>
    public TimeSpan StrandedAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often unpaid orders past their window, and stranded ones, are looked for.</summary>
    public TimeSpan ExpirySweep { get; set; } = TimeSpan.FromSeconds(30);
}
