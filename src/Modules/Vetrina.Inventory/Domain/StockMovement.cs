namespace Vetrina.Inventory.Domain;

/// <summary>One line of the stock ledger. On-hand and reserved quantities are sums of these and can be rebuilt from them.</summary>
internal sealed class StockMovement
{
    private StockMovement()
    {
        LocationCode = null!;
        Reference = null!;
    }

    public StockMovement(int skuId, string locationCode, MovementKind kind, int onHandDelta, int reservedDelta, string reference, DateTimeOffset at)
    {
        SkuId = skuId;
        LocationCode = locationCode;
        Kind = kind;
        OnHandDelta = onHandDelta;
        ReservedDelta = reservedDelta;
        Reference = reference;
        At = at;
    }

    public long Id { get; private set; }

    public int SkuId { get; private set; }

    public string LocationCode { get; private set; }

    public MovementKind Kind { get; private set; }

    public int OnHandDelta { get; private set; }

    public int ReservedDelta { get; private set; }

    public string Reference { get; private set; }

    public DateTimeOffset At { get; private set; }
}
