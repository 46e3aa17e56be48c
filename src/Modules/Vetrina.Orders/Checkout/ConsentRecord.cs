namespace Vetrina.Orders.Checkout;

/// <summary>
/// Proof of a marketing consent (or an objection to the EU soft opt-in) given at checkout, separate from the purchase (GDPR art. 7, Korean PIPA art. 22): who,
/// when, where, and which version of the wording they agreed to.
/// </summary>
public sealed class ConsentRecord
{
    /// <summary>The version of the checkbox wording now on the checkout page; change it whenever the wording changes.</summary>
    public const string MarketingTextVersion = "marketing-email/2026-11";

    /// <summary>The version of the EU notice on emails about similar products, and its objection box.</summary>
    public const string SimilarProductsTextVersion = "similar-products-email/2026-11";

    public const string MarketingPurpose = "marketing-email";

    /// <summary>An objection, not a consent: the shopper asked for no emails about products like those bought.</summary>
    public const string SimilarProductsObjectionPurpose = "similar-products-email-objection";

    private ConsentRecord()
    {
        Email = null!;
        Purpose = null!;
        TextVersion = null!;
        Language = null!;
        Source = null!;
    }

    public ConsentRecord(string email, string? customerId, string purpose, string textVersion, string language, string source, long? orderId,
        DateTimeOffset at)
    {
        Email = email;
        CustomerId = customerId;
        Purpose = purpose;
        TextVersion = textVersion;
        Language = language;
        Source = source;
        OrderId = orderId;
        At = at;
    }

    public long Id { get; private set; }

    public string Email { get; private set; }

    public string? CustomerId { get; private set; }

    public string Purpose { get; private set; }

    public string TextVersion { get; private set; }

    public string Language { get; private set; }

    public string Source { get; private set; }

    public long? OrderId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
