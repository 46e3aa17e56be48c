using System.Globalization;
using System.Text.RegularExpressions;

namespace Vetrina.Kernel.Addresses;

/// <summary>
/// Checks an address the way the country's post expects it: Italy a five-digit CAP and a province abbreviation, Korea
/// a five-digit postcode and a road address (the city is part of it), the United States a ZIP or ZIP+4 and a state.
/// Other countries need a name, a street, a city and a postcode of a plausible shape.
/// </summary>
public static partial class AddressRules
{
    public const int MaxName = 100;
    public const int MaxLine = 200;
    public const int MaxCity = 100;

    public static (PostalAddress? Address, IReadOnlyList<AddressError> Errors) Check(AddressInput input, IReadOnlyCollection<string> marketCountries)
    {
        var errors = new List<AddressError>();
        var country = (input.CountryCode ?? "").Trim().ToUpperInvariant();
        var name = Required(input.Name, AddressField.Name, MaxName, errors);
        var line1 = Required(input.Line1, AddressField.Line1, MaxLine, errors);
        var line2 = Optional(input.Line2, AddressField.Line2, MaxLine, errors);
        var postal = (input.PostalCode ?? "").Trim().ToUpperInvariant();
        var region = Optional(input.Region, AddressField.Region, 50, errors)?.ToUpperInvariant();
        var phone = Optional(input.Phone, AddressField.Phone, 30, errors);
        string? city;

        if (!IsCountry(country))
        {
            errors.Add(new(AddressField.CountryCode, country.Length == 0 ? AddressProblem.Required : AddressProblem.UnknownCountry));
        }
        else if (!InMarket(country, marketCountries))
        {
            errors.Add(new(AddressField.CountryCode, AddressProblem.CountryOutsideMarket));
        }

        switch (country)
        {
            case "IT" or "SM" or "VA":
                city = Required(input.City, AddressField.City, MaxCity, errors);
                Postcode(postal, FiveDigits(), errors);
                if (country == "IT")
                {
                    Region(region, RegionCodes.ItalianProvinces.Contains, errors);
                }

                break;
            case "KR":
                // A Korean road address names the city in its first line; a separate city field is optional.
                city = Optional(input.City, AddressField.City, MaxCity, errors);
                Postcode(postal, FiveDigits(), errors);
                break;
            case "US":
                city = Required(input.City, AddressField.City, MaxCity, errors);
                Postcode(postal, UsZip(), errors);
                Region(region, RegionCodes.UsStates.Contains, errors);
                break;
            default:
                city = Required(input.City, AddressField.City, MaxCity, errors);
                Postcode(postal, AnyPostcode(), errors);
                break;
        }

        if (phone is not null && !PhoneNumber().IsMatch(phone))
        {
            errors.Add(new(AddressField.Phone, AddressProblem.PhoneFormat));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new PostalAddress(name!, line1!, line2, city ?? "", region, postal, country, phone), errors);
    }

    private static bool InMarket(string country, IReadOnlyCollection<string> marketCountries) =>
        marketCountries.Contains(country) || marketCountries.Contains("*");

    private static bool IsCountry(string code)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? Required(string? value, AddressField field, int max, List<AddressError> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(new(field, AddressProblem.Required));
            return null;
        }

        if (trimmed.Length > max)
        {
            errors.Add(new(field, AddressProblem.TooLong));
            return null;
        }

        return trimmed;
    }

    private static string? Optional(string? value, AddressField field, int max, List<AddressError> errors) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, field, max, errors);

    private static void Postcode(string postal, Regex shape, List<AddressError> errors)
    {
        if (postal.Length == 0)
        {
            errors.Add(new(AddressField.PostalCode, AddressProblem.Required));
        }
        else if (!shape.IsMatch(postal))
        {
            errors.Add(new(AddressField.PostalCode, AddressProblem.PostalCodeFormat));
        }
    }

    private static void Region(string? region, Func<string, bool> known, List<AddressError> errors)
    {
        if (region is null)
        {
            errors.Add(new(AddressField.Region, AddressProblem.Required));
        }
        else if (!known(region))
        {
            errors.Add(new(AddressField.Region, AddressProblem.UnknownRegion));
        }
    }

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex FiveDigits();

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex UsZip();

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9 -]{1,10}$")]
    private static partial Regex AnyPostcode();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()-]{5,28}$")]
    private static partial Regex PhoneNumber();
}
