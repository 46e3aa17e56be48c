using Vetrina.Cart.Contracts;

namespace Vetrina.Cart.Domain;

/// <summary>
/// A shopper's bag, kept in the database so it survives restarts and follows the shopper from node to node. Its id is
/// the capability: an unguessable Guid in the shopper's cookie (or in an API client's hands).
/// </summary>
internal sealed class ShoppingCart
{
    public const int MaxLines = BagLimits.MaxLines;
    public const int MaxQuantity = BagLimits.MaxQuantity;

    private readonly List<CartLine> lines = [];

    private ShoppingCart()
    {
        Market = null!;
    }

    public ShoppingCart(Guid id, string market, DateTimeOffset now)
    {
        Id = id;
        Market = market;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The market the shopper last saw the cart in; prices are always read live in the current one.</summary>
    public string Market { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The signed-in customer whose bag this is; null for a guest's.</summary>
    public string? CustomerId { get; private set; }

    /// <summary>
    /// The change (its <see cref="UpdatedAt"/>) whose abandonment was last told of; a bag is abandoned once per change.
    /// Set by <c>AbandonedBags</c> with a conditional update, never through the entity.
    /// </summary>
    public DateTimeOffset? AbandonedAt { get; private set; }

    /// <summary>Optimistic concurrency: two tabs changing the bag at once do not lose a change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<CartLine> Lines => lines;

    public int ItemCount => lines.Sum(l => l.Quantity);

    /// <summary>Adds units of a SKU, to its line if it has one; checks the limits, not stock (the caller knows stock).</summary>
    public CartProblem? Add(int skuId, int quantity, long price, int available, DateTimeOffset now)
    {
        var line = lines.FirstOrDefault(l => l.SkuId == skuId);
        var total = (long)(line?.Quantity ?? 0) + quantity;
        if (quantity < 1 || total > MaxQuantity)
        {
            return new CartProblem(CartError.QuantityOutOfRange);
        }

        if (total > available)
        {
            return new CartProblem(CartError.NotEnoughStock, available);
        }

        if (line is null)
        {
            if (lines.Count >= MaxLines)
            {
                return new CartProblem(CartError.TooManyLines);
            }

            lines.Add(new CartLine(skuId, quantity, price, now));
        }
        else
        {
            line.Set((int)total, price);
        }

        Touch(now);
        return null;
    }

    public CartProblem? SetQuantity(int lineId, int quantity, long price, int available, DateTimeOffset now)
    {
        var line = lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null)
        {
            return new CartProblem(CartError.UnknownLine);
        }

        if (quantity == 0)
        {
            lines.Remove(line);
        }
        else if (quantity is < 0 or > MaxQuantity)
        {
            return new CartProblem(CartError.QuantityOutOfRange);
        }
        else if (quantity > available && quantity > line.Quantity)
        {
            // Lowering a quantity is always allowed, even when stock has fallen below it.
            return new CartProblem(CartError.NotEnoughStock, available);
        }
        else
        {
            line.Set(quantity, price);
        }

        Touch(now);
        return null;
    }

    public void AssignTo(string customerId, DateTimeOffset now)
    {
        CustomerId = customerId;
        Touch(now);
    }

    /// <summary>
    /// Takes a guest bag's lines at sign-in, as far as the limits allow (a line caps at <see cref="MaxQuantity"/>, a bag at
    /// <see cref="MaxLines"/>); stock is checked again at checkout.
    /// </summary>
    public void Absorb(ShoppingCart guest, DateTimeOffset now)
    {
        foreach (var line in guest.Lines)
        {
            var mine = lines.FirstOrDefault(l => l.SkuId == line.SkuId);
            if (mine is not null)
            {
                mine.Set(Math.Min(MaxQuantity, mine.Quantity + line.Quantity), line.PriceSeen);
            }
            else if (lines.Count < MaxLines)
            {
                lines.Add(new CartLine(line.SkuId, line.Quantity, line.PriceSeen, line.AddedAt));
            }
        }

        Touch(now);
    }

    public void MoveTo(string market, DateTimeOffset now)
    {
        if (market != Market)
        {
            Market = market;
            Touch(now);
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
