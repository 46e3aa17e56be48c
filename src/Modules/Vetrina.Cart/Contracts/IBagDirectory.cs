namespace Vetrina.Cart.Contracts;

/// <summary>What other modules may ask about shoppers' bags.</summary>
public interface IBagDirectory
{
    /// <summary>Whether the bag is still there (not checked out, not cleared away by bag retention).</summary>
    Task<bool> ExistsAsync(Guid bagId, CancellationToken cancellationToken);

    /// <summary>What is in the bag now; empty when it is gone.</summary>
    Task<IReadOnlyList<BagLine>> LinesAsync(Guid bagId, CancellationToken cancellationToken);

    /// <summary>
    /// The signed-in customers whose bag holds any of these SKUs (any SKU when null), among bags changed since
    /// <paramref name="since"/> when given: for audiences such as "has the linen shirt in the bag".
    /// </summary>
    Task<IReadOnlyList<string>> CustomersHoldingAsync(IReadOnlyCollection<int>? skuIds, DateTimeOffset? since, CancellationToken cancellationToken);
}

/// <summary>Units of a SKU in a bag, at the VAT-inclusive unit price the shopper last saw.</summary>
public sealed record BagLine(int SkuId, int Quantity, long PriceSeenMinor);
