namespace Vetrina.Inventory.Domain;

/// <summary>The running balance of the ledger for one SKU at one location, kept in the same transaction as its movements.</summary>
public sealed class StockLevel
{
    private StockLevel()
    {
        LocationCode = null!;
    }

    public StockLevel(int skuId, string locationCode)
    {
        SkuId = skuId;
        LocationCode = locationCode;
    }

    public int SkuId { get; private set; }

    public string LocationCode { get; private set; }

    public int OnHand { get; private set; }

    public int Reserved { get; private set; }

    public int Available => OnHand - Reserved;

    public StockMovement Receive(int quantity, string reference, DateTimeOffset at)
    {
        if (quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), "A receipt brings at least one unit.");
        }

        OnHand += quantity;
        return new StockMovement(SkuId, LocationCode, MovementKind.Receipt, quantity, 0, reference, at);
    }
}
