using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Inventory.Contracts;

namespace Vetrina.Cart.Contracts;

/// <summary>A cart line as the shopper sees it now: live price and stock in the current market.</summary>
public sealed record CartLineView(int Id, int SkuId, SkuEntry? Entry, int Quantity, Money? UnitPrice, Money? PriceSeen, SkuStock Stock)
{
    /// <summary>Units the shop can still sell, on the shelf or ahead of stock.</summary>
    public int Available => Stock.Sellable;

    /// <summary>
    /// When the line ships if some of it waits for stock on its way (a backorder, or a pre-order, which waits in full);
    /// null when it is on the shelf.
    /// </summary>
    public DateOnly? ShipsAround => ForSale && (Entry!.Style.IsPreorder || Stock.BackorderedOf(Quantity) > 0) ? Stock.ExpectedOn : null;

    /// <summary>Still listed, sold and priced in this market.</summary>
    public bool ForSale => Entry is not null && UnitPrice is not null && Entry.Style.IsPurchasable;

    public bool PriceChanged => UnitPrice is { } now && PriceSeen is { } seen && now != seen;

    public bool NotEnoughStock => ForSale && Quantity > Available;

    public Money? LineTotal => UnitPrice * Quantity;
}

/// <summary>The whole bag with its VAT-inclusive subtotal and the VAT it contains, in the market's currency.</summary>
/// <param name="CustomerId">The signed-in customer whose bag it is; null for a guest's.</param>
public sealed record CartView(Guid Id, MarketView Market, IReadOnlyList<CartLineView> Lines, Money Subtotal, Money VatIncluded, string? CustomerId)
{
    public int ItemCount => Lines.Sum(l => l.Quantity);

    /// <summary>Every line can be bought as it stands: for sale, and in stock for its quantity.</summary>
    public bool IsReady => Lines.Count > 0 && Lines.All(l => l.ForSale && !l.NotEnoughStock);
}
