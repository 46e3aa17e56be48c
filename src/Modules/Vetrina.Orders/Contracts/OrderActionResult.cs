namespace Vetrina.Orders.Contracts;

public enum OrderActionError
{
    None,
    NotFound,
    WrongStatus,
    NothingToPack,
    TooMany,
    UnknownLocation,
    UnknownCarrier,
    BadTrackingNumber,
    NotEnoughStock,
    ReasonRequired,
    PaymentRefused,
    Conflict,
}

/// <summary>What a back-office action on an order did, or why it did nothing (with a sentence for staff).</summary>
public sealed record OrderActionResult(OrderActionError Error, string? Detail = null, long? ShipmentId = null)
{
    public bool Succeeded => Error == OrderActionError.None;

    public static OrderActionResult Done(long? shipmentId = null) => new(OrderActionError.None, null, shipmentId);
}
