namespace Vetrina.Webhooks.Domain;

/// <summary>The events an integration can subscribe to.</summary>
internal static class WebhookEvents
{
    public const string OrderPlaced = "order.placed";
    public const string OrderPaid = "order.paid";
    public const string OrderShipped = "order.shipped";
    public const string OrderCancelled = "order.cancelled";
    public const string OrderRefunded = "order.refunded";
    public const string StockLow = "stock.low";

    public static readonly IReadOnlyList<string> All = [OrderPlaced, OrderPaid, OrderShipped, OrderCancelled, OrderRefunded, StockLow];
}
