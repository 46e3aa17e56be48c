namespace Vetrina.Inventory.Domain;

/// <summary>The running balance of the ledger for one SKU at one location, kept in the same transaction as its movements.</summary>
internal sealed class StockLevel
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

    /// <summary>
    /// Units that may be sold beyond what is on hand: stock on its way (a backorder, or a pre-order of a style not yet
    /// delivered). Reserved may exceed on hand by at most this much; a receipt uses it up, as the units it promised arrive.
    /// </summary>
    public int BackorderLimit { get; private set; }

    /// <summary>When the units behind <see cref="BackorderLimit"/> are expected; what the shop promises the shopper.</summary>
    public DateOnly? ExpectedOn { get; private set; }

    /// <summary>Free units on the shelf; below zero when orders wait for stock on its way.</summary>
    public int Available => OnHand - Reserved;

    /// <summary>Units ordered that are not on the shelf yet.</summary>
    public int Backordered => Math.Max(0, Reserved - OnHand);

    public StockMovement Receive(int quantity, string reference, DateTimeOffset at)
    {
        if (quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), "A receipt brings at least one unit.");
        }

        OnHand += quantity;
        BackorderLimit = Math.Max(0, BackorderLimit - quantity);
        ExpectedOn = BackorderLimit == 0 ? null : ExpectedOn;
        return new StockMovement(SkuId, LocationCode, MovementKind.Receipt, quantity, 0, reference, at);
    }

    /// <summary>Units a shopper sent back, on the shelf again (not stock on its way: the backorder allowance stays).</summary>
    public StockMovement Return(int quantity, string reference, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        OnHand += quantity;
        return new StockMovement(SkuId, LocationCode, MovementKind.Return, quantity, 0, reference, at);
    }

    /// <summary>Lets the shop sell up to <paramref name="limit"/> units more than are on hand, expected on a date.</summary>
    public void AllowBackorders(int limit, DateOnly expectedOn)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (Backordered > limit)
        {
            throw new InvalidOperationException($"{Backordered} units are already promised beyond stock.");
        }

        BackorderLimit = limit;
        ExpectedOn = limit == 0 ? null : expectedOn;
    }
}
