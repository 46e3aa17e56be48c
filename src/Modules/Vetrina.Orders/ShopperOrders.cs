using Vetrina.Orders.Contracts;
using Vetrina.Orders.Fulfilment;
using Vetrina.Orders.Payments;

namespace Vetrina.Orders;

internal sealed class ShopperOrders(OrderQueries queries, OrderPayments payments, OrderNumbers numbers) : IShopperOrders
{
    public async Task<ShopperOrder?> FindAsync(string number, string? accessKey, string? customerId, CancellationToken cancellationToken)
    {
        var details = await queries.FindAsync(number, accessKey, customerId, cancellationToken);
        if (details?.Payment?.State is PaymentState.Pending or PaymentState.RequiresAction)
        {
            await payments.RefreshAsync(details.Order.Id, cancellationToken);
            details = await queries.FindAsync(number, accessKey, customerId, cancellationToken);
        }

        return details is null ? null : View(details);
    }

    public async Task<IReadOnlyList<ShopperOrderSummary>> ForCustomerAsync(string customerId, CancellationToken cancellationToken) =>
        [.. (await queries.ForCustomerAsync(customerId, cancellationToken)).Select(o => new ShopperOrderSummary(numbers.Format(o.Id), o.Status, o.Total))];

    private ShopperOrder View(OrderDetails details)
    {
        var (order, payment) = (details.Order, details.Payment);
        return new ShopperOrder(numbers.Format(order.Id), order.Status, order.Email, order.Currency, order.PlacedAt,
            [.. order.Lines.Select(l => new ShopperOrderLine(l.Name, l.Colour, l.Size, l.Quantity, l.ShippedQuantity, l.ReturnedQuantity, l.ShipsAround, l.LineTotalMinor))],
            order.SubtotalMinor, order.DiscountMinor, order.DiscountLabel, order.ShippingMethodName, order.ShippingMinor, order.TotalMinor, order.VatMinor,
            order.PickupLocationCode, order.PickupLocationCode is null ? order.ShippingAddress : null,
            payment is null ? null : new ShopperPayment(payment.State, payment.DeclineCode, payment.ActionUrl),
            [.. details.Shipments.Where(s => s.ShippedAt is not null).Select(s => new ShopperParcel(s.ShippedAt!.Value, Carriers.Find(s.CarrierCode)?.Name ?? s.CarrierCode ?? "",
                s.TrackingNumber, s.TrackingUrl))],
            [.. order.Transitions.OrderBy(t => t.Id).Select(t => new OrderStep(t.To, t.At))]);
    }
}
