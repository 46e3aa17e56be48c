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
        "discount_unknown" => "No discount code is spelled like that; check it or leave it out.",
        "discount_expired" => "This discount code has expired.",
        "discount_not_yet_valid" => "This discount code is not valid yet.",
        "discount_used_up" => "This discount code has been used as many times as it may be.",
        "discount_other_market" => "This discount code is for another market's currency.",
        "discount_minimum_spend" => "The bag is below this code's minimum spend.",
        "discount_no_eligible_items" => "Nothing in the bag is eligible for this code.",
        "discount_not_combinable" => "This code does not combine with the promotion already applied, which saves more.",
        "discount_already_used" => "This email address has already used this code as often as it may.",
        "giftcard_unknown" => "No gift card has this code; check it (the dashes do not matter).",
        "giftcard_expired" => "This gift card has expired.",
        "giftcard_other_currency" => "This gift card is in another currency than the market's.",
        "giftcard_empty" => "This gift card has no balance left.",
        "giftcard_balance_changed" => "The gift card was used elsewhere meanwhile; quote again to see what it still pays.",
        "line_not_for_sale" => "A line of the cart is no longer for sale in this market; remove it first.",
        _ => $"'{field}' is not valid.",
    };
}
