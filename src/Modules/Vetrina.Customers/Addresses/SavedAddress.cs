using Vetrina.Customers.Contracts;
using Vetrina.Kernel.Addresses;

namespace Vetrina.Customers.Addresses;

/// <summary>An address in a customer's address book: kept from an order they placed, or added on their account page.</summary>
internal sealed class SavedAddress
{
    private SavedAddress()
    {
        CustomerId = null!;
        Address = null!;
    }

    public SavedAddress(string customerId, PostalAddress address, bool isDefault, DateTimeOffset at)
    {
        CustomerId = customerId;
        Address = address;
        IsDefault = isDefault;
        CreatedAt = at;
        LastUsedAt = at;
    }

    public long Id { get; private set; }

    public string CustomerId { get; private set; }

    public PostalAddress Address { get; private set; }

    /// <summary>The one checkout fills in first.</summary>
    public bool IsDefault { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastUsedAt { get; private set; }

    internal void Replace(PostalAddress address, DateTimeOffset at)
    {
        Address = address;
        LastUsedAt = at;
    }

    internal void Use(DateTimeOffset at) => LastUsedAt = at;

    internal void MarkDefault(bool isDefault) => IsDefault = isDefault;

    /// <summary>The same place, whatever the spelling of case and spaces: an order to it again is not a new address.</summary>
    internal bool IsSamePlaceAs(PostalAddress other) =>
        Same(Address.Name, other.Name) && Same(Address.Line1, other.Line1) && Same(Address.Line2, other.Line2) && Same(Address.City, other.City)
        && Same(Address.PostalCode, other.PostalCode) && Same(Address.CountryCode, other.CountryCode);

    public SavedAddressView ToView() => new(Id, Address, IsDefault, LastUsedAt);

    private static bool Same(string? a, string? b) =>
        string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string? value) => string.Join(' ', (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
