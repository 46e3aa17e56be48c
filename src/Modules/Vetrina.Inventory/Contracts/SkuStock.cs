namespace Vetrina.Inventory.Contracts;

/// <summary>
/// What the shop can sell of one SKU online: units on the shelf, and units it may sell ahead of stock on its way
/// (backorders, pre-orders), which ship once that stock arrives, around <see cref="ExpectedOn"/>.
/// </summary>
public sealed record SkuStock(int InStock, int Backorderable, DateOnly? ExpectedOn)
{
    public static readonly SkuStock None = new(0, 0, null);

    public int Sellable => InStock + Backorderable;

    /// <summary>How many of <paramref name="quantity"/> units would wait for stock on its way.</summary>
    public int BackorderedOf(int quantity) => Math.Clamp(quantity - InStock, 0, quantity);

    /// <summary>Sums the online locations' balances: free units, plus the allowance left beyond them.</summary>
    internal static SkuStock From(IEnumerable<SkuLevel> levels)
    {
        int inStock = 0, backorderable = 0;
        DateOnly? expected = null;
        foreach (var level in levels)
        {
            var free = level.OnHand - level.Reserved;
            var ahead = Math.Max(0, free + level.BackorderLimit) - Math.Max(0, free);
            inStock += Math.Max(0, free);
            backorderable += ahead;
            if (ahead > 0 && (expected is null || level.ExpectedOn < expected))
            {
                expected = level.ExpectedOn;
            }
        }

        return new SkuStock(inStock, backorderable, expected);
    }
}
