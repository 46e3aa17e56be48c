namespace Vetrina.Inventory.Reservations;

/// <summary>Units of one SKU to hold for an order.</summary>
public sealed record ReservationLine(int SkuId, int Quantity);

/// <summary>The outcome of a reservation: everything held, or nothing held and the lines that were short.</summary>
public sealed record ReservationResult(bool Reserved, IReadOnlyList<ShortLine> ShortLines)
{
    public static readonly ReservationResult Success = new(true, []);
}

/// <summary>A line that could not be held, with the units that were available when it was tried.</summary>
public sealed record ShortLine(int SkuId, int Requested, int Available);
