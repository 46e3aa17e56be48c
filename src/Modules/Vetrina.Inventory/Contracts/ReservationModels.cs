namespace Vetrina.Inventory.Contracts;

/// <summary>Units of one SKU to hold for an order.</summary>
public sealed record ReservationLine(int SkuId, int Quantity);

/// <summary>
/// The outcome of a reservation: everything held (some of it, perhaps, ahead of stock on its way), or nothing held
/// and the lines that were short.
/// </summary>
public sealed record ReservationResult(bool Reserved, IReadOnlyList<ShortLine> ShortLines, IReadOnlyList<BackorderedLine> Backordered)
{
    public static ReservationResult Failed(IReadOnlyList<ShortLine> lines) => new(false, lines, []);
}

/// <summary>Units of a line held ahead of stock: they ship when the stock expected on <see cref="ExpectedOn"/> arrives.</summary>
public sealed record BackorderedLine(int SkuId, int Units, DateOnly? ExpectedOn);

/// <summary>A line that could not be held, with the units that were available when it was tried.</summary>
public sealed record ShortLine(int SkuId, int Requested, int Available);
