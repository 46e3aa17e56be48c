namespace Vetrina.Inventory.Contracts;

/// <summary>Goods arriving at a location, for a module or tool that brings stock in (a replay, an import).</summary>
public interface IStockReceipts
{
    /// <summary>
    /// Adds the units to what the location has on hand, with the reference in the ledger (an audited movement by
    /// <paramref name="actor"/>); refuses an unknown SKU or location and quantities outside 1 to 100,000.
    /// </summary>
    Task<StockReceipt> ReceiveAsync(int skuId, string location, int quantity, string reference, string actor, CancellationToken cancellationToken);
}

/// <summary>The units received, or why none were (a sentence for whoever asked).</summary>
public sealed record StockReceipt(int Received, string? Refusal)
{
    public bool Succeeded => Refusal is null;
}
