using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;

namespace Vetrina.Orders.Notifications;

/// <summary>The order as its events carry it (<see cref="OrderSnapshot"/>), taken after the change the event tells of.</summary>
internal sealed class OrderSnapshots(OrderNumbers numbers)
{
    public OrderSnapshot Of(Order order) => new(order.Id, numbers.Format(order.Id), order.Status.ToString(), order.Email, order.CustomerId, order.Market,
        order.Language, order.Currency.Code, order.SubtotalMinor, order.DiscountMinor, order.ShippingMinor, order.VatMinor, order.TotalMinor,
        order.PlacedAt, order.VisitorId, order.VisitorKind, order.CartId, order.ShippingAddress.CountryCode,
        [.. order.Lines.Select(l => new OrderLineSnapshot(l.Id, l.SkuId, l.SkuCode, l.StyleCode, l.Name, l.Colour, l.Size, l.Quantity, l.ShippedQuantity,
            l.ReturnedQuantity, l.UnitPriceMinor, l.VatMinor, l.VatBasisPoints))], order.ShippingVatMinor);
}
