using Vetrina.Orders.Aftersales;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Fulfilment;

namespace Vetrina.Orders;

internal sealed class OrderOperations(OrderFulfilment fulfilment, OrderAdministration administration, OrderReturns returns) : IOrderOperations
{
    public Task<OrderActionResult> PackAsync(long orderId, string location, IReadOnlyDictionary<long, int> quantities, string actor, CancellationToken cancellationToken) =>
        fulfilment.PackAsync(orderId, location, quantities, actor, cancellationToken);

    public Task<OrderActionResult> ShipAsync(long shipmentId, string carrier, string trackingNumber, string actor, CancellationToken cancellationToken) =>
        fulfilment.ShipAsync(shipmentId, carrier, trackingNumber, actor, cancellationToken);

    public Task<OrderActionResult> CancelAsync(long orderId, string reason, string actor, CancellationToken cancellationToken) =>
        administration.CancelAsync(orderId, reason, actor, cancellationToken);

    public Task<OrderActionResult> RefundAsync(long orderId, decimal amount, string reason, string key, string actor, CancellationToken cancellationToken) =>
        administration.RefundAsync(orderId, amount, reason, key, actor, cancellationToken);

    public Task<OrderActionResult> ResendConfirmationAsync(long orderId, string key, string actor, CancellationToken cancellationToken) =>
        administration.ResendConfirmationAsync(orderId, key, actor, cancellationToken);

    public Task<OrderActionResult> ReceiveReturnAsync(long orderId, string location, IReadOnlyDictionary<long, int> quantities, bool restock, string reason,
        string key, string actor, CancellationToken cancellationToken) =>
        returns.ReceiveAsync(orderId, location, quantities, restock, reason, key, actor, null, cancellationToken);
}
