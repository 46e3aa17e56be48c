namespace Vetrina.Inventory.Domain;

internal enum MovementKind
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
