namespace Vetrina.Orders.Fulfilment;

public enum FulfilmentError
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
public sealed record FulfilmentResult(FulfilmentError Error, string? Detail = null, long? ShipmentId = null)
{
    public bool Succeeded => Error == FulfilmentError.None;

    public static FulfilmentResult Done(long? shipmentId = null) => new(FulfilmentError.None, null, shipmentId);
}
