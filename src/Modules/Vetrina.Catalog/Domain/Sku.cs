using Vetrina.Kernel;

namespace Vetrina.Catalog.Domain;

/// <summary>Style + colour + size: the unit that is stocked, priced and sold, with its GS1 GTIN.</summary>
public sealed class Sku
{
    private readonly List<PriceHistoryEntry> priceHistory = [];

    private Sku()
    {
        Code = null!;
        Size = null!;
        Gtin = null!;
    }

    internal Sku(string code, string size, int sizePosition, string gtin)
    {
        if (!Kernel.Gtin.IsValid(gtin))
        {
            throw new DomainException($"'{gtin}' is not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit).");
        }

        Code = code;
        Size = size;
        SizePosition = sizePosition;
        Gtin = gtin;
    }

    public int Id { get; private set; }

    public int ColourwayId { get; private set; }

    public string Code { get; private set; }

    /// <summary>The size in the base system of the category's chart.</summary>
    public string Size { get; private set; }

    public int SizePosition { get; private set; }

    public string Gtin { get; private set; }

    public IReadOnlyList<PriceHistoryEntry> PriceHistory => priceHistory;

    internal void RecordPrice(string market, Money price, DateTimeOffset effectiveFrom) =>
        priceHistory.Add(new PriceHistoryEntry(market, price.Minor, price.Currency, effectiveFrom));
}
