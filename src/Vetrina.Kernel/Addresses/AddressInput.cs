namespace Vetrina.Kernel.Addresses;

/// <summary>An address as a form or an API client sends it: every field optional until checked.</summary>
public sealed record AddressInput(string? Name, string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? CountryCode,
    string? Phone);
