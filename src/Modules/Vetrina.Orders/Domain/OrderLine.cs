namespace Vetrina.Orders.Domain;

/// <summary>A SKU as it was bought: name, colour, size and price are copied, so the order reads the same after the catalogue changes.</summary>
internal sealed class OrderLine
{
    private OrderLine()
    {
        SkuCode = null!;
        StyleCode = null!;
        Name = null!;
        Colour = null!;
        Size = null!;
    }

    public OrderLine(int skuId, string skuCode, string styleCode, string name, string colour, string size, int quantity, long unitPriceMinor,
        int vatBasisPoints, long vatMinor, DateOnly? shipsAround = null)
    {
        SkuId = skuId;
        SkuCode = skuCode;
        StyleCode = styleCode;
        Name = name;
        Colour = colour;
        Size = size;
        Quantity = quantity;
        UnitPriceMinor = unitPriceMinor;
        VatBasisPoints = vatBasisPoints;
        VatMinor = vatMinor;
        ShipsAround = shipsAround;
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public int SkuId { get; private set; }

    public string SkuCode { get; private set; }

    public string StyleCode { get; private set; }

    public string Name { get; private set; }

    public string Colour { get; private set; }

    public string Size { get; private set; }

    public int Quantity { get; private set; }

    public long UnitPriceMinor { get; private set; }

    public long LineTotalMinor => UnitPriceMinor * Quantity;

    public int VatBasisPoints { get; private set; }

    public long VatMinor { get; private set; }

    public int ShippedQuantity { get; private set; }

    /// <summary>Bought ahead of stock (a backorder or a pre-order): when the stock it waits for is expected. Null when it was on the shelf.</summary>
    public DateOnly? ShipsAround { get; private set; }

    /// <summary>Units the shopper sent back (and the shop received).</summary>
    public int ReturnedQuantity { get; private set; }

    internal void RecordShipped(int quantity) => ShippedQuantity += quantity;

    internal void RecordReturned(int quantity) => ReturnedQuantity += quantity;
}
