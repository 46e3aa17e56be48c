namespace Vetrina.Privacy.Contracts;

/// <summary>How a decision was taken: the ledger's sources.</summary>
public static class ConsentSources
{
    /// <summary>The cookie banner's accept or reject button.</summary>
    public const string Banner = "banner";

    /// <summary>The cookie banner closed without a choice: no consent.</summary>
    public const string BannerClosed = "banner-close";

    /// <summary>The cookie settings page, one box per purpose.</summary>
    public const string CookieSettings = "choices";

    /// <summary>The marketing box at checkout.</summary>
    public const string Checkout = "checkout";

    /// <summary>A sign-up form asking for a double opt-in, and the click on its link.</summary>
    public const string DoubleOptIn = "double-opt-in";

    /// <summary>The Korean two-yearly confirmation of an advertising consent.</summary>
    public const string Reconfirmation = "reconfirmation";

    /// <summary>A list brought from another tool, with the date the person consented there.</summary>
    public const string Import = "import";

    /// <summary>A purchase by an EU buyer, which allows emails about similar products until they object.</summary>
    public const string SoftOptIn = "soft-opt-in";

    /// <summary>An objection to the soft opt-in (GDPR art. 21), such as the box at checkout.</summary>
    public const string Objection = "objection";

    /// <summary>An unsubscribe link or page.</summary>
    public const string Unsubscribe = "unsubscribe";
}
