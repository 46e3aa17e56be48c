using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vetrina.Analytics.Collection;
using Vetrina.Analytics.Domain;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Kernel.Events;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Contracts.Events;

namespace Vetrina.Analytics.Subscriptions;

/// <summary>
/// The server-side analytics events of orders (GA4's purchase and refund, and returns by size), recorded from the
/// orders' own events: revenue in the dashboards is what the orders say, no more (ad blockers, a reload of the
/// thank-you page) and no less.
/// </summary>
internal sealed class RecordOrderEvents(VetrinaDbContext db, ServerEvents events) : IIntegrationEventHandler<OrderPlaced>,
    IIntegrationEventHandler<OrderCancelled>, IIntegrationEventHandler<OrderRefunded>, IIntegrationEventHandler<ReturnReceived>
{
    /// <summary>A purchase, dated when the order was placed (the payment may have gone through a moment later).</summary>
    public Task HandleAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken)
    {
        var order = integrationEvent.Order;
        var e = Base(order, EventNames.Purchase, order.PlacedAt);
        e.ValueMinor = order.TotalMinor;
        e.Items = EventItem.Write(order.Lines.Select(l => new EventItem(l.Style, l.Size, l.Name, null, l.UnitPriceMinor, l.Quantity)));
        // The VAT of the goods before discounts and of the shipping let analytics report sales without VAT, as Shopify does (OrderAmounts).
        e.Params = JsonSerializer.Serialize(new
        {
            shipping = order.ShippingMinor, tax = order.VatMinor, discount = order.DiscountMinor, items_tax = order.Lines.Sum(l => l.VatMinor),
            // Orders published before the shipping's VAT was carried say 0: left out, it is split in proportion instead.
            shipping_tax = order.ShippingMinor > 0 && order.ShippingVatMinor == 0 ? (long?)null : order.ShippingVatMinor,
            cart_id = order.CartId?.ToString("N"),
        });
        return events.RecordAsync(db, e, cancellationToken);
    }

    /// <summary>A placed order cancelled gives back all of it and no longer counts as an order; one never placed was never counted.</summary>
    public Task HandleAsync(OrderCancelled integrationEvent, CancellationToken cancellationToken)
    {
        if (!integrationEvent.WasPlaced)
        {
            return Task.CompletedTask;
        }

        var e = Base(integrationEvent.Order, EventNames.Refund, integrationEvent.OccurredAt);
        e.ValueMinor = integrationEvent.Order.TotalMinor;
        e.Params = JsonSerializer.Serialize(new { cancelled = true });
        return events.RecordAsync(db, e, cancellationToken);
    }

    public Task HandleAsync(OrderRefunded integrationEvent, CancellationToken cancellationToken)
    {
        var e = Base(integrationEvent.Order, EventNames.Refund, integrationEvent.OccurredAt);
        e.ValueMinor = integrationEvent.AmountMinor;
        return events.RecordAsync(db, e, cancellationToken);
    }

    /// <summary>Units back from the shopper, by style and size.</summary>
    public Task HandleAsync(ReturnReceived integrationEvent, CancellationToken cancellationToken)
    {
        var lines = integrationEvent.Order.Lines.ToDictionary(l => l.LineId);
        var e = Base(integrationEvent.Order, EventNames.Return, integrationEvent.OccurredAt);
        e.Items = EventItem.Write(integrationEvent.Units.Select(u => (Line: lines[u.LineId], u.Quantity))
            .Select(u => new EventItem(u.Line.Style, u.Line.Size, u.Line.Name, null, u.Line.UnitPriceMinor, u.Quantity)));
        return events.RecordAsync(db, e, cancellationToken);
    }

    /// <summary>
    /// The customer as analytics knows them: the account, or for a guest a hash of the order's email (lower-cased), so
    /// that repeat purchases and cohorts can be counted without the address itself in the events.
    /// </summary>
    private static string CustomerKey(OrderSnapshot order) => order.CustomerId
        ?? "e:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(order.Email.Trim().ToLowerInvariant())))[..32];

    private static RawEvent Base(OrderSnapshot order, string name, DateTimeOffset at)
    {
        var customer = CustomerKey(order);
        // An order placed through the API without a visitor still belongs to its customer's own line of visits.
        var visitor = order.VisitorId is { } id ? new Visitor(id, order.VisitorKind ?? VisitorKind.Cookie) : Visitor.FromClientId("customer:" + customer);
        return new RawEvent
        {
            Name = name,
            OccurredAt = at,
            VisitorId = visitor.Id,
            VisitorKind = visitor.Kind,
            UserId = customer,
            Market = order.Market,
            Language = order.Language,
            Currency = order.Currency,
            TransactionId = order.Number,
        };
    }
}
