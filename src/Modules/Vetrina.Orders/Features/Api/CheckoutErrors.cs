namespace Vetrina.Orders.Features.Api;

/// <summary>The API's sentence for each checkout error code: what is wrong and what to send instead.</summary>
internal static class CheckoutErrors
{
    public static string Message(string field, string code) => code switch
    {
        "required" => $"'{field}' is required.",
        "email_format" => "Give an email address such as name@example.com.",
        "unknown_shipping_method" => "This shipping method is not offered in the market; the quote lists the ones that are.",
        "too_long" => $"'{field}' is too long.",
        "postal_code_format" => "This postcode does not have the country's shape (Italy and Korea: 5 digits; US: 12345 or 12345-6789).",
        "unknown_region" => "Unknown region: Italy takes the province abbreviation (MI, RM…), the US the state code (NY, CA…).",
        "unknown_country" => "Give the ISO 3166 two-letter country code, e.g. IT, KR, US.",
        "country_outside_market" => "This market does not deliver to that country; choose the market of the delivery country.",
        "phone_format" => "Give a phone number of digits, optionally starting with +.",
        "terms_not_accepted" => "The terms of sale must be accepted (acceptTerms: true).",
        "card_number" => "The card number is not valid.",
        "card_expired" => "The card has expired or the expiry is not a real month.",
        "card_cvc" => "The CVC is 3 or 4 digits.",
        "too_many_decimals" => "The amount has more decimals than the currency has.",
        "line_not_for_sale" => "A line of the cart is no longer for sale in this market; remove it first.",
        _ => $"'{field}' is not valid.",
    };
}
