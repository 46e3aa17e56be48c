using Vetrina.Kernel.Addresses;

namespace Vetrina.Customers.Contracts;

/// <summary>A saved address as the account page and checkout show it.</summary>
public sealed record SavedAddressView(long Id, PostalAddress Address, bool IsDefault, DateTimeOffset LastUsedAt);
