namespace Vetrina.Catalog.Contracts;

/// <summary>The sort names used in URLs (?sort=price-asc); anything unknown falls back to the featured order.</summary>
public static class SortOrders
{
    public static readonly IReadOnlyDictionary<string, SortOrder> ByName = new Dictionary<string, SortOrder>(StringComparer.OrdinalIgnoreCase)
    {
        ["featured"] = SortOrder.Featured,
        ["newest"] = SortOrder.Newest,
        ["price-asc"] = SortOrder.PriceAscending,
        ["price-desc"] = SortOrder.PriceDescending,
    };

    public static SortOrder Parse(string? name) => name is not null && ByName.TryGetValue(name, out var order) ? order : SortOrder.Featured;

    public static string Name(SortOrder order) => ByName.First(p => p.Value == order).Key;
}
