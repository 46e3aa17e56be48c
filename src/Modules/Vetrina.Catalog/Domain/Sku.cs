using Vetrina.Kernel;

namespace Vetrina.Catalog.Domain;

/// <summary>Style + colour + size: the unit that is stocked, priced and sold, with its GS1 GTIN.</summary>
internal sealed class Sku
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
        Code = code;
        Size = size;
        SizePosition = sizePosition;
        Gtin = CheckGtin(gtin);
    }

    public int Id { get; private set; }

    public int ColourwayId { get; private set; }

    public string Code { get; private set; }

    /// <summary>The size in the base system of the category's chart.</summary>
    public string Size { get; private set; }

    public int SizePosition { get; private set; }

    public string Gtin { get; private set; }

    public IReadOnlyList<PriceHistoryEntry> PriceHistory => priceHistory;

    internal void ChangeGtin(string gtin) => Gtin = CheckGtin(gtin);

    internal void RecordPrice(string market, Money price, DateTimeOffset effectiveFrom) =>
        priceHistory.Add(new PriceHistoryEntry(market, price.Minor, price.Currency, effectiveFrom));

    private static string CheckGtin(string gtin) =>
        Kernel.Gtin.IsValid(gtin)
            ? gtin
            : throw new DomainException($"'{gtin}' is not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit).");
}
