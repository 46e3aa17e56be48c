namespace Vetrina.Cart.Domain;

/// <summary>
/// A SKU and a quantity. The price is not the line's: the cart shows the live price, and keeps the price seen when
/// the line was added only to tell the shopper when it has changed since.
/// </summary>
internal sealed class CartLine
{
    private CartLine()
    {
    }

    internal CartLine(int skuId, int quantity, long priceSeen, DateTimeOffset addedAt)
    {
        SkuId = skuId;
        Quantity = quantity;
        PriceSeen = priceSeen;
        AddedAt = addedAt;
    }

    public int Id { get; private set; }

    public Guid CartId { get; private set; }

    public int SkuId { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>The unit price in minor units of the cart's currency when the shopper last chose this line.</summary>
    public long PriceSeen { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    internal void Set(int quantity, long priceSeen)
    {
        Quantity = quantity;
        PriceSeen = priceSeen;
    }
}
