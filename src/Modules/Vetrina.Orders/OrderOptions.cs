namespace Vetrina.Orders;

/// <summary>Configuration section <c>Vetrina:Orders</c>.</summary>
internal sealed class OrderOptions
{
    /// <summary>Order numbers read "VT-100042": the brand's prefix, then a number from 100001 up.</summary>
    public string NumberPrefix { get; set; } = "VT-";

    /// <summary>How long an order holds its stock while the shopper pays (3-D Secure included).</summary>
    public TimeSpan PaymentWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often unpaid orders past their window are looked for.</summary>
    public TimeSpan ExpirySweep { get; set; } = TimeSpan.FromSeconds(30);
}
