namespace Vetrina.Orders.Contracts;

/// <summary>
/// What staff do to an order once it is placed, for a module or tool acting for the shop (the demo's traffic
/// simulator, a help desk): each is the back office's own action, with its checks, payment call, stock movement,
/// email, event and audit entry; a refusal says why in <see cref="OrderActionResult.Detail"/>.
/// </summary>
public interface IOrderOperations
{
    /// <summary>Puts units of the order's lines (by line id) into a parcel leaving from the location; the result names the parcel.</summary>
    Task<OrderActionResult> PackAsync(long orderId, string location, IReadOnlyDictionary<long, int> quantities, string actor, CancellationToken cancellationToken);

    /// <summary>Hands a packed parcel to the carrier, capturing the payment if it was only authorised.</summary>
    Task<OrderActionResult> ShipAsync(long shipmentId, string carrier, string trackingNumber, string actor, CancellationToken cancellationToken);

    /// <summary>Cancels an order nothing of which has shipped: the payment voided or refunded, the stock released.</summary>
    Task<OrderActionResult> CancelAsync(long orderId, string reason, string actor, CancellationToken cancellationToken);

    /// <summary>Refunds part or all of what was paid, once per <paramref name="key"/>.</summary>
    Task<OrderActionResult> RefundAsync(long orderId, decimal amount, string reason, string key, string actor, CancellationToken cancellationToken);

    /// <summary>Sends the order confirmation again (the shopper lost it, or typed their address wrong and staff corrected it), once per <paramref name="key"/>.</summary>
    Task<OrderActionResult> ResendConfirmationAsync(long orderId, string key, string actor, CancellationToken cancellationToken);

    /// <summary>Records units sent back (by line id) arriving at the location, on the shelf again or not, once per <paramref name="key"/>.</summary>
    Task<OrderActionResult> ReceiveReturnAsync(long orderId, string location, IReadOnlyDictionary<long, int> quantities, bool restock, string reason, string key,
        string actor, CancellationToken cancellationToken);
}
