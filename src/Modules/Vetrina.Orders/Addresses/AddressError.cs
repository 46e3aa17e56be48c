namespace Vetrina.Orders.Addresses;

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

public sealed record AddressError(AddressField Field, AddressProblem Problem);
