using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Orders.Domain;
using Vetrina.Webhooks.Delivery;

namespace Vetrina.Orders.Notifications;

/// <summary>Order events for integrations (ERP, marketing, analytics), queued in the transaction of the change.</summary>
public sealed class OrderEvents(OrderNumbers numbers)
{
    public Task QueueAsync(VetrinaDbContext db, string eventType, Order order, DateTimeOffset at, CancellationToken cancellationToken) =>
        WebhookOutbox.EnqueueAsync(db, eventType, new
        {
            order = new
            {
                number = numbers.Format(order.Id),
                status = order.Status.ToString(),
                email = order.Email,
                market = order.Market,
                language = order.Language,
                currency = order.Currency.Code,
                subtotal = new Money(order.SubtotalMinor, order.Currency).Major,
                discount = new Money(order.DiscountMinor, order.Currency).Major,
                shipping = new Money(order.ShippingMinor, order.Currency).Major,
                total = order.Total.Major,
                vat = new Money(order.VatMinor, order.Currency).Major,
                lines = order.Lines.Select(l => new
                {
                    sku = l.SkuCode,
                    name = l.Name,
                    quantity = l.Quantity,
                    shipped = l.ShippedQuantity,
                    unitPrice = new Money(l.UnitPriceMinor, order.Currency).Major,
                }),
                placedAt = order.PlacedAt,
            },
        }, at, cancellationToken);
}
