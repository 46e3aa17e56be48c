namespace Vetrina.Cart.Contracts;

/// <summary>What other modules may ask about shoppers' bags.</summary>
public interface IBagDirectory
{
    /// <summary>Whether the bag is still there (not checked out, not cleared away by bag retention).</summary>
    Task<bool> ExistsAsync(Guid bagId, CancellationToken cancellationToken);
}
