using Vetrina.Kernel.Addresses;
using Vetrina.Storefront.Localization;

namespace Vetrina.Storefront.Pages.Store;

/// <summary>An address as the form posts it.</summary>
internal sealed class AddressForm
{
    public string? Name { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
    public string? Phone { get; set; }

    public AddressInput ToInput() => new(Name, Line1, Line2, City, Region, PostalCode, Country, Phone);

    public static AddressForm From(PostalAddress address) => new()
    {
        Name = address.Name, Line1 = address.Line1, Line2 = address.Line2, City = address.City, Region = address.Region,
        PostalCode = address.PostalCode, Country = address.CountryCode, Phone = address.Phone,
    };
}

/// <summary>What the address fields need: where they post, the address shown, the countries offered and each field's error.</summary>
internal sealed record AddressFieldsView(string Prefix, string Key, AddressForm Address, string Autofill, CheckoutText Words,
    IReadOnlyList<(string Code, string Name)> Countries, Func<string, string?> ErrorOf);
