using Vetrina.Markets.Contracts;

namespace Vetrina.Cart.Contracts;

/// <summary>What other modules may do to a shopper's bag.</summary>
public interface IBagCommands
{
    /// <summary>
    /// Removes a bag in the caller's transaction: checkout does it as the order goes through, so that a shopper who has
    /// paid never sees the bag again (an event would leave it there for a moment, and the orders module is the one
    /// that depends on the bag, not the other way round).
    /// </summary>
    Task DiscardWithinAsync(Guid bagId, CancellationToken cancellationToken);

    /// <summary>Adds units of a SKU at its price in the market, making a bag when there is none yet (a signed-in customer's becomes theirs).</summary>
    Task<BagChange> AddAsync(Guid? bagId, MarketView market, string skuCode, int quantity, string? customerId, CancellationToken cancellationToken);

    /// <summary>Sets a line's quantity; zero removes the line.</summary>
    Task<BagChange> SetQuantityAsync(Guid bagId, MarketView market, int lineId, int quantity, CancellationToken cancellationToken);

    /// <summary>
    /// At sign-in, the guest bag of this device joins the customer's own (or becomes it); returns the bag the device
    /// should now hold, if any.
    /// </summary>
    Task<Guid?> MergeAtSignInAsync(Guid? guestBagId, string customerId, CancellationToken cancellationToken);
}
