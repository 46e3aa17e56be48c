using Vetrina.Kernel;

namespace Vetrina.Inventory.Domain;

/// <summary>The distribution channels of a fashion brand, seen as places that hold stock.</summary>
internal enum LocationKind
{
    Warehouse,
    Store,
    Wholesale,
    Franchise,
}

internal sealed class StockLocation
{
    private StockLocation()
    {
        Code = null!;
        Name = null!;
        CountryCode = null!;
    }

    public StockLocation(string code, LocalizedText name, LocationKind kind, string countryCode, bool fulfilsOnline)
    {
        Code = code.ToUpperInvariant();
        Name = name;
        Kind = kind;
        CountryCode = countryCode.ToUpperInvariant();
        FulfilsOnline = fulfilsOnline;
    }

    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    public LocationKind Kind { get; private set; }

    public string CountryCode { get; private set; }

    /// <summary>Whether its stock counts as available to online shoppers.</summary>
    public bool FulfilsOnline { get; private set; }
}
