using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Kernel.Events;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Contracts.Events;
using Vetrina.Webhooks.Delivery;
using Vetrina.Webhooks.Domain;

namespace Vetrina.Webhooks.Subscriptions;

/// <summary>
/// Order events as the public webhooks carry them (<see cref="WebhookEvents"/>): the order as it stood, with the
/// integration event's id as the webhook's, so that a receiver deduplicates across retries.
/// </summary>
internal sealed class QueueOrderWebhooks(VetrinaDbContext db) : IIntegrationEventHandler<OrderPlaced>, IIntegrationEventHandler<OrderPaid>,
    IIntegrationEventHandler<OrderShipped>, IIntegrationEventHandler<OrderCancelled>, IIntegrationEventHandler<OrderRefunded>
{
    public Task HandleAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken) =>
        QueueAsync(WebhookEvents.OrderPlaced, integrationEvent, cancellationToken);

    public Task HandleAsync(OrderPaid integrationEvent, CancellationToken cancellationToken) =>
        QueueAsync(WebhookEvents.OrderPaid, integrationEvent, cancellationToken);

    public Task HandleAsync(OrderShipped integrationEvent, CancellationToken cancellationToken) =>
        QueueAsync(WebhookEvents.OrderShipped, integrationEvent, cancellationToken);

    /// <summary>Only an order that had gone through: one whose payment never completed was never announced as placed.</summary>
    public Task HandleAsync(OrderCancelled integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.WasPlaced ? QueueAsync(WebhookEvents.OrderCancelled, integrationEvent, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(OrderRefunded integrationEvent, CancellationToken cancellationToken) =>
        QueueAsync(WebhookEvents.OrderRefunded, integrationEvent, cancellationToken);

    private Task QueueAsync(string type, OrderEvent integrationEvent, CancellationToken cancellationToken) =>
        WebhookOutbox.EnqueueAsync(db, integrationEvent.EventId, type, new { order = Payload(integrationEvent.Order) }, integrationEvent.OccurredAt,
            cancellationToken);

    private static object Payload(OrderSnapshot order)
    {
        var currency = Currency.FromCode(order.Currency);
        decimal Major(long minor) => new Money(minor, currency).Major;
        return new
        {
            number = order.Number,
            status = order.Status,
            email = order.Email,
            market = order.Market,
            language = order.Language,
            currency = order.Currency,
            subtotal = Major(order.SubtotalMinor),
            discount = Major(order.DiscountMinor),
            shipping = Major(order.ShippingMinor),
            total = Major(order.TotalMinor),
            vat = Major(order.VatMinor),
            lines = order.Lines.Select(l => new { sku = l.Sku, name = l.Name, quantity = l.Quantity, shipped = l.Shipped, unitPrice = Major(l.UnitPriceMinor) }),
            placedAt = order.PlacedAt,
        };
    }
}
