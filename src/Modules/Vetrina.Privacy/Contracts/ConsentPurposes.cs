namespace Vetrina.Privacy.Contracts;

/// <summary>What a consent is for: the ledger's purposes, each on one channel.</summary>
public static class ConsentPurposes
{
    /// <summary>Analytics cookies (the visitor id of the shop's own analytics), on the cookie channel.</summary>
    public const string AnalyticsCookies = "analytics-cookies";

    /// <summary>Advertising cookies and pixels, on the cookie channel.</summary>
    public const string MarketingCookies = "marketing-cookies";

    /// <summary>Newsletters and campaigns by email (GDPR art. 6(1)(a), PIPA art. 22, the Korean Information and Communications Network Act art. 50).</summary>
    public const string MarketingEmail = "marketing-email";

    /// <summary>The EU soft opt-in: emails about products like those bought, which a buyer may refuse at any time.</summary>
    public const string SimilarProductsEmail = "similar-products-email";
}
