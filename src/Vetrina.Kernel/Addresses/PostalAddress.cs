namespace Vetrina.Kernel.Addresses;

/// <summary>An address as the shopper gave it, normalised (trimmed, postcode and region upper-cased) and checked by <see cref="AddressRules"/>.</summary>
public sealed record PostalAddress(string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode,
    string? Phone);
