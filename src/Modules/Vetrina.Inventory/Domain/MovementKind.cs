namespace Vetrina.Inventory.Domain;

public enum MovementKind
{
    Receipt,
    Sale,
    Reservation,
    Release,
    Return,
    TransferOut,
    TransferIn,
    Adjustment,
    Count,
}
