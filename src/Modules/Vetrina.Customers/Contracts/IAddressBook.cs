using Vetrina.Kernel.Addresses;

namespace Vetrina.Customers.Contracts;

/// <summary>
/// A customer's saved addresses: checkout fills in the default one, every address an order goes to is kept (once),
/// and the account page adds, edits, removes and picks the default. Each call reads and writes only the caller's own.
/// </summary>
public interface IAddressBook
{
    /// <summary>Enough for home, work, parents and a holiday house; the oldest unused one makes room for a new one from an order.</summary>
    const int MaxAddresses = 20;

    /// <summary>The default first, then the most recently used.</summary>
    Task<IReadOnlyList<SavedAddressView>> ListAsync(string customerId, CancellationToken cancellationToken = default);

    /// <summary>Adds an address, or replaces one (<paramref name="id"/>), after checking it as checkout would.</summary>
    Task<AddressBookResult> SaveAsync(string customerId, long? id, AddressInput input, bool makeDefault, CancellationToken cancellationToken = default);

    Task<bool> MakeDefaultAsync(string customerId, long id, CancellationToken cancellationToken = default);

    /// <summary>Removes an address; if it was the default, the most recently used one left becomes the default.</summary>
    Task<bool> RemoveAsync(string customerId, long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps the address an order goes to, inside the order's transaction (saved with it): a known place is only marked
    /// as used, a new one is added (the first becomes the default), and a full book lets go of its least recently used address.
    /// </summary>
    Task RememberWithinAsync(string customerId, PostalAddress address, DateTimeOffset at, CancellationToken cancellationToken = default);
}
