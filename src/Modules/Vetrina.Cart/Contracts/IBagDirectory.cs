using Vetrina.Markets.Contracts;

namespace Vetrina.Cart.Contracts;

/// <summary>What other modules may ask about shoppers' bags.</summary>
public interface IBagDirectory
{
    /// <summary>Whether the bag is still there (not checked out, not cleared away by bag retention).</summary>
    Task<bool> ExistsAsync(Guid bagId, CancellationToken cancellationToken);

    /// <summary>A signed-in customer's own bag (from any device), if they have one.</summary>
    Task<Guid?> CustomerBagIdAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>The bag's market, owner and size; null when it is gone.</summary>
    Task<BagSummary?> FindAsync(Guid bagId, CancellationToken cancellationToken);

    /// <summary>The bag as the shopper sees it in a market now: live prices and stock per line; null when it is gone.</summary>
    Task<CartView?> ViewAsync(Guid bagId, MarketView market, CancellationToken cancellationToken);

    /// <summary>What is in the bag now; empty when it is gone.</summary>
    Task<IReadOnlyList<BagLine>> LinesAsync(Guid bagId, CancellationToken cancellationToken);

    /// <summary>
    /// The signed-in customers whose bag holds any of these SKUs (any SKU when null), among bags changed since
    /// <paramref name="since"/> when given: for audiences such as "has the linen shirt in the bag".
    /// </summary>
    Task<IReadOnlyList<string>> CustomersHoldingAsync(IReadOnlyCollection<int>? skuIds, DateTimeOffset? since, CancellationToken cancellationToken);
}

/// <summary>A bag in brief: the market it was last seen in, the signed-in customer whose it is (null for a guest's), its lines.</summary>
public sealed record BagSummary(Guid Id, string Market, string? CustomerId, int LineCount);

/// <summary>Units of a SKU in a bag, at the VAT-inclusive unit price the shopper last saw.</summary>
public sealed record BagLine(int SkuId, int Quantity, long PriceSeenMinor);
