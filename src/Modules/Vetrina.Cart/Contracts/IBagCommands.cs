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
}
