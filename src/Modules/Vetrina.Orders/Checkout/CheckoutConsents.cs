using Vetrina.Orders.Contracts;
using Vetrina.Orders.Domain;
using Vetrina.Privacy.Contracts;

namespace Vetrina.Orders.Checkout;

/// <summary>
/// What checkout asks apart from the purchase (GDPR art. 7, Korean PIPA art. 22): a marketing consent, or for EU buyers who
/// give none an objection to emails about similar products. The answer goes to the consent ledger with the order.
/// </summary>
internal static class CheckoutConsents
{
    /// <summary>The version of the checkbox wording now on the checkout page; change it whenever the wording changes.</summary>
    public const string MarketingTextVersion = "marketing-email/2026-11";

    /// <summary>The version of the EU notice on emails about similar products, and its objection box.</summary>
    public const string SimilarProductsTextVersion = "similar-products-email/2026-11";

    public static ConsentStatement? Of(CheckoutInput input, Order order, string? customerId, DateTimeOffset at)
    {
        var statement = input switch
        {
            { MarketingConsent: true } => new ConsentStatement(ConsentPurposes.MarketingEmail, ConsentChannels.Email, ConsentDecision.Given,
                ConsentSources.Checkout, MarketingTextVersion, "Checkout marketing checkbox", at),
            { NoSimilarProductEmails: true } => new ConsentStatement(ConsentPurposes.SimilarProductsEmail, ConsentChannels.Email, ConsentDecision.Withdrawn,
                ConsentSources.Objection, SimilarProductsTextVersion, "Objected at checkout to emails about similar products", at),
            _ => null,
        };
        return statement is null
            ? null
            : statement with
            {
                Email = order.Email,
                CustomerId = customerId,
                Language = order.Language,
                Country = order.ShippingAddress.CountryCode,
                Reference = $"order:{order.Id}",
            };
    }
}
