using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vetrina.Analytics.Collection;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Visitors;
using Vetrina.Data;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Notifications;

/// <summary>
/// The server-side analytics events of orders (GA4's purchase and refund, and returns by size), recorded in the
/// transaction of the change: revenue in the dashboards is what the orders say.
/// </summary>
public sealed class OrderAnalytics(ServerEvents events, OrderNumbers numbers)
{
    public Task PurchasedAsync(VetrinaDbContext db, Order order, CancellationToken cancellationToken)
    {
        var e = Base(order, EventNames.Purchase, order.PlacedAt);
        e.ValueMinor = order.TotalMinor;
        e.Items = EventItem.Write(order.Lines.Select(l => new EventItem(l.StyleCode, l.Size, l.Name, null, l.UnitPriceMinor, l.Quantity)));
        e.Params = JsonSerializer.Serialize(new { shipping = order.ShippingMinor, tax = order.VatMinor, discount = order.DiscountMinor });
        return events.RecordAsync(db, e, cancellationToken);
    }

    /// <summary>Money given back; a cancelled paid order gives back all of it and no longer counts as an order.</summary>
    public Task RefundedAsync(VetrinaDbContext db, Order order, long amountMinor, bool cancelled, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var e = Base(order, EventNames.Refund, at);
        e.ValueMinor = amountMinor;
        e.Params = cancelled ? JsonSerializer.Serialize(new { cancelled = true }) : null;
        return events.RecordAsync(db, e, cancellationToken);
    }

    /// <summary>Units back from the shopper, by style and size.</summary>
    public Task ReturnedAsync(VetrinaDbContext db, Order order, IEnumerable<(OrderLine Line, int Quantity)> units, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var e = Base(order, EventNames.Return, at);
        e.Items = EventItem.Write(units.Select(u => new EventItem(u.Line.StyleCode, u.Line.Size, u.Line.Name, null, u.Line.UnitPriceMinor, u.Quantity)));
        return events.RecordAsync(db, e, cancellationToken);
    }

    /// <summary>
    /// The customer as analytics knows them: the account, or for a guest a hash of the order's email (lower-cased), so
    /// that repeat purchases and cohorts can be counted without the address itself in the events.
    /// </summary>
    public static string CustomerKey(Order order) => order.CustomerId
        ?? "e:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(order.Email.Trim().ToLowerInvariant())))[..32];

    private RawEvent Base(Order order, string name, DateTimeOffset at)
    {
        var customer = CustomerKey(order);
        // An order placed through the API without a visitor still belongs to its customer's own line of visits.
        var visitor = order.VisitorId is { } id ? new Visitor(id, order.VisitorKind ?? VisitorKind.Cookie) : VisitorIdentity.FromClientId("customer:" + customer);
        return new RawEvent
        {
            Name = name,
            OccurredAt = at,
            VisitorId = visitor.Id,
            VisitorKind = visitor.Kind,
            UserId = customer,
            Market = order.Market,
            Language = order.Language,
            Currency = order.Currency.Code,
            TransactionId = numbers.Format(order.Id),
        };
    }
}
