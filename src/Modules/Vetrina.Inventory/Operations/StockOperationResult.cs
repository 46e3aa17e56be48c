namespace Vetrina.Inventory.Operations;

internal enum StockOperationError
{
    UnknownSku,
    UnknownLocation,
    QuantityOutOfRange,
    BelowReserved,
    NotEnoughAvailable,
    SameLocation,
    ReasonRequired,
    ExpectedDateRequired,
}

/// <summary>What a stock operation did: the units moved, or why it did nothing.</summary>
internal sealed record StockOperationResult(StockOperationError? Error, int Moved = 0, string? Detail = null)
{
    public bool Succeeded => Error is null;

    public static StockOperationResult Done(int moved, string? detail = null) => new(null, moved, detail);

    public static StockOperationResult Refused(StockOperationError error, string detail) => new(error, 0, detail);
}
