namespace Vetrina.Kernel.Addresses;

public enum AddressField
{
    Name,
    Line1,
    Line2,
    City,
    Region,
    PostalCode,
    CountryCode,
    Phone,
}

public enum AddressProblem
{
    Required,
    TooLong,
    PostalCodeFormat,
    UnknownRegion,
    UnknownCountry,
    PhoneFormat,
    CountryOutsideMarket,
}

/// <summary>A field of an address that failed a check, with stable names for forms and APIs ("postalCode", "postal_code_format").</summary>
public sealed record AddressError(AddressField Field, AddressProblem Problem)
{
    public string FieldName => Field switch
    {
        AddressField.CountryCode => "country",
        AddressField.PostalCode => "postalCode",
        _ => Field.ToString().ToLowerInvariant(),
    };

    public string Code => Problem switch
    {
        AddressProblem.Required => "required",
        AddressProblem.TooLong => "too_long",
        AddressProblem.PostalCodeFormat => "postal_code_format",
        AddressProblem.UnknownRegion => "unknown_region",
        AddressProblem.UnknownCountry => "unknown_country",
        AddressProblem.PhoneFormat => "phone_format",
        _ => "country_outside_market",
    };
}
