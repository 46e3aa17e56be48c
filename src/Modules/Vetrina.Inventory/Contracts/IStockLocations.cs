using Vetrina.Kernel;

namespace Vetrina.Inventory.Contracts;

/// <summary>A place stock is kept, as other modules show it (the order page's "ship from" choice, the stores that take returns).</summary>
public sealed record StockLocationView(string Code, LocalizedText Name, bool FulfilsOnline, bool IsStore, string CountryCode);

public interface IStockLocations
{
    /// <summary>Every location, those that fulfil online orders first, then by code.</summary>
    Task<IReadOnlyList<StockLocationView>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Whether a location has this code (codes are upper case, as staff type them in the back office).</summary>
    Task<bool> ExistsAsync(string code, CancellationToken cancellationToken);

    /// <summary>Units on the shelf at a location, by SKU id (a SKU never stocked there is left out: none on hand).</summary>
    Task<IReadOnlyDictionary<int, int>> OnHandAsync(string code, IReadOnlyCollection<int> skuIds, CancellationToken cancellationToken);
}
