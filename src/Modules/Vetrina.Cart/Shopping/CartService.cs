using Microsoft.EntityFrameworkCore;
using Vetrina.Cart.Domain;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Inventory.Contracts;
using Vetrina.Cart.Contracts;

namespace Vetrina.Cart.Shopping;

/// <summary>Reads and changes carts against the live catalogue and live stock.</summary>
internal sealed class CartService(VetrinaDbContext db, ICatalogSnapshots snapshots, IStockAvailability stock, TimeProvider clock)
{
    // Two tabs adding at once collide on the version or on the one-line-per-SKU index; the loser re-reads and retries.
    private const int Attempts = 3;

    public Task<ShoppingCart?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<ShoppingCart>().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The customer's most recent bag, if any.</summary>
    public Task<Guid?> CustomerCartIdAsync(string customerId, CancellationToken cancellationToken = default) =>
        db.Set<ShoppingCart>().Where(c => c.CustomerId == customerId).OrderByDescending(c => c.UpdatedAt)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// At sign-in, the guest bag on this device joins the customer's own (or becomes it): one bag follows the customer
    /// across devices. Returns the id to keep in the cookie, or null when there is no bag at all.
    /// </summary>
    public async Task<Guid?> MergeAtSignInAsync(Guid? guestCartId, string customerId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var guest = guestCartId is { } id ? await FindAsync(id, cancellationToken) : null;
        var ownId = await CustomerCartIdAsync(customerId, cancellationToken);
        if (guest is null || guest.CustomerId == customerId)
        {
            return ownId ?? guest?.Id;
        }

        if (guest.CustomerId is not null)
        {
            // Someone else's bag on a shared device: leave it to them.
            return ownId;
        }

        if (ownId is null)
        {
            guest.AssignTo(customerId, now);
        }
        else
        {
            var own = (await FindAsync(ownId.Value, cancellationToken))!;
            own.Absorb(guest, now);
            db.Remove(guest);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return ownId ?? guest.Id;
    }

    public async Task<ShoppingCart> CreateAsync(MarketView market, CancellationToken cancellationToken = default)
    {
        var cart = new ShoppingCart(Guid.NewGuid(), market.Code, clock.GetUtcNow());
        db.Add(cart);
        await db.SaveChangesAsync(cancellationToken);
        return cart;
    }

    /// <summary>Adds units of a SKU to the cart, creating the cart when there is none yet.</summary>
    public async Task<(ShoppingCart? Cart, CartProblem? Problem)> AddAsync(Guid? cartId, MarketView market, string skuCode, int quantity,
        string? customerId = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var entry = snapshot.FindSku(skuCode.Trim());
        if (entry is null)
        {
            return (null, new CartProblem(CartError.UnknownSku));
        }

        if (!entry.Style.IsPurchasable || entry.Style.PriceIn(market.Code) is not { } price)
        {
            return (null, new CartProblem(CartError.NotForSale));
        }

        var available = await AvailableAsync(entry, cancellationToken);
        return await SaveAsync(cartId, market, cart =>
        {
            if (cart.CustomerId is null && customerId is not null)
            {
                cart.AssignTo(customerId, clock.GetUtcNow());
            }

            return cart.Add(entry.Sku.Id, quantity, price.Selling, available, clock.GetUtcNow());
        }, cancellationToken);
    }

    /// <summary>Sets a line's quantity; zero removes the line.</summary>
    public async Task<(ShoppingCart? Cart, CartProblem? Problem)> SetQuantityAsync(Guid cartId, MarketView market, int lineId, int quantity,
        CancellationToken cancellationToken = default)
    {
        var cart = await FindAsync(cartId, cancellationToken);
        var line = cart?.Lines.FirstOrDefault(l => l.Id == lineId);
        if (cart is null || line is null)
        {
            return (cart, new CartProblem(cart is null ? CartError.UnknownCart : CartError.UnknownLine));
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var entry = snapshot.FindSku(line.SkuId);
        var price = entry?.Style.PriceIn(market.Code)?.Selling ?? line.PriceSeen;
        var available = entry is null ? 0 : await AvailableAsync(entry, cancellationToken);
        return await SaveAsync(cartId, market, c => c.SetQuantity(lineId, quantity, price, available, clock.GetUtcNow()), cancellationToken);
    }

    public async Task<CartView> ViewAsync(ShoppingCart cart, MarketView market, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var available = await stock.OnlineAsync([.. cart.Lines.Select(l => l.SkuId)], cancellationToken);
        var sameCurrency = string.Equals(cart.Market, market.Code, StringComparison.Ordinal);
        var lines = cart.Lines.OrderBy(l => l.AddedAt).ThenBy(l => l.Id).Select(line =>
        {
            var entry = snapshot.FindSku(line.SkuId);
            var price = entry?.Style.PriceIn(market.Code)?.SellingPrice;
            // The price seen means something only in the currency it was seen in.
            Money? seen = sameCurrency ? new Money(line.PriceSeen, market.Currency) : null;
            return new CartLineView(line.Id, line.SkuId, entry, line.Quantity, price, seen, available.GetValueOrDefault(line.SkuId, SkuStock.None));
        }).ToList();
        var subtotal = lines.Where(l => l.ForSale).Aggregate(Money.Zero(market.Currency), (sum, l) => sum + l.LineTotal!.Value);
        return new CartView(cart.Id, market, lines, subtotal, market.Vat.VatIncludedIn(subtotal), cart.CustomerId);
    }

    // The stock the product page showed (at most two seconds old): a bag holds nothing, checkout reserves against live stock.
    private async Task<int> AvailableAsync(SkuEntry entry, CancellationToken cancellationToken) =>
        (await stock.StyleOnlineAsync(entry.Style.Id, [.. entry.Style.Skus.Select(k => k.Id)], cancellationToken))
        .GetValueOrDefault(entry.Sku.Id, SkuStock.None).Sellable;

    private async Task<(ShoppingCart? Cart, CartProblem? Problem)> SaveAsync(Guid? cartId, MarketView market, Func<ShoppingCart, CartProblem?> change,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var cart = cartId is { } id ? await FindAsync(id, cancellationToken) : null;
            if (cart is null)
            {
                cart = new ShoppingCart(Guid.NewGuid(), market.Code, clock.GetUtcNow());
                db.Add(cart);
            }

            cart.MoveTo(market.Code, clock.GetUtcNow());
            var problem = change(cart);
            if (problem is not null)
            {
                db.ChangeTracker.Clear();
                return (cart, problem);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (cart, null);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                cartId ??= cart.Id;
            }
        }
    }
}
