namespace Vetrina.EmailMarketing.Contacts;

/// <summary>
/// A person the brand may write to: a customer (from orders) or a prospect (a newsletter form, an import). One per
/// lower-cased address. Order figures are kept here by <see cref="ContactSync"/> so that segments count a million
/// contacts without reading the orders.
/// </summary>
internal sealed class Contact
{
    private Contact()
    {
        Email = null!;
        Language = null!;
        Country = null!;
        TimeZone = null!;
        Source = null!;
    }

    public Contact(string email, string language, string country, string source, DateTimeOffset at)
    {
        Email = Normalise(email);
        Language = language;
        Country = country;
        TimeZone = MarketingRules.DefaultTimeZone(MarketingRules.CountryOfRules(country, language));
        Source = source;
        CreatedAt = at;
        UpdatedAt = at;
    }

    public long Id { get; private set; }

    public string Email { get; private set; }

    public string? FirstName { get; private set; }

    public string? LastName { get; private set; }

    /// <summary>en, it or ko: the language of every email it gets.</summary>
    public string Language { get; private set; }

    /// <summary>ISO 3166 country: decides which rules apply (Korean law for KR) and the default time zone.</summary>
    public string Country { get; private set; }

    /// <summary>IANA time zone for quiet hours and birthdays.</summary>
    public string TimeZone { get; private set; }

    public DateOnly? Birthday { get; private set; }

    /// <summary>The shop account, when the contact has one.</summary>
    public string? CustomerId { get; private set; }

    /// <summary>form, import, checkout, account, order.</summary>
    public string Source { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public EmailConsent Consent { get; private set; }

    /// <summary>When consent was given or last re-confirmed (Korean law: every two years).</summary>
    public DateTimeOffset? ConsentedAt { get; private set; }

    /// <summary>Separate consent to advertising between 21:00 and 08:00 (Korean Network Act art. 50(3)).</summary>
    public bool NightConsent { get; private set; }

    public int OrderCount { get; private set; }

    /// <summary>Net sales to this contact in EUR cents (refunds deducted).</summary>
    public long RevenueEurMinor { get; private set; }

    public DateTimeOffset? FirstOrderAt { get; private set; }

    public DateTimeOffset? LastOrderAt { get; private set; }

    /// <summary>Recency, frequency and monetary scores 1–5 as three digits ("545"), empty for non-buyers.</summary>
    public string? Rfm { get; private set; }

    /// <summary>The named RFM group the scores put the contact in (see <see cref="Segments.RfmScores"/>).</summary>
    public string? RfmSegment { get; private set; }

    /// <summary>
    /// One spelling per mailbox: trimmed, lower case, and an internationalised domain in its Unicode form, so that
    /// anna@xn--mller-kva.de and anna@müller.de are one contact.
    /// </summary>
    public static string Normalise(string email)
    {
        var trimmed = email.Trim().ToLowerInvariant();
        var at = trimmed.LastIndexOf('@');
        if (at < 0 || !trimmed.Contains("xn--", StringComparison.Ordinal))
        {
            return trimmed;
        }

        try
        {
            return trimmed[..(at + 1)] + new System.Globalization.IdnMapping().GetUnicode(trimmed[(at + 1)..]);
        }
        catch (ArgumentException)
        {
            // Not a valid punycode domain: kept as given, and refused by address checks.
            return trimmed;
        }
    }

    public void Describe(string? firstName, string? lastName, string? language, string? country, DateOnly? birthday, DateTimeOffset at)
    {
        FirstName = string.IsNullOrWhiteSpace(firstName) ? FirstName : firstName.Trim();
        LastName = string.IsNullOrWhiteSpace(lastName) ? LastName : lastName.Trim();
        Language = language ?? Language;
        if (country is not null && country != Country)
        {
            Country = country;
            TimeZone = MarketingRules.DefaultTimeZone(MarketingRules.CountryOfRules(country, Language));
        }

        Birthday = birthday ?? Birthday;
        UpdatedAt = at;
    }

    public void LinkAccount(string customerId) => CustomerId ??= customerId;

    /// <summary>A double opt-in started. A contact already subscribed stays so.</summary>
    public void RequestConsent(bool nightConsent, DateTimeOffset at)
    {
        if (Consent != EmailConsent.Subscribed)
        {
            Consent = EmailConsent.Pending;
        }

        NightConsent |= nightConsent;
        UpdatedAt = at;
    }

    public void Confirm(DateTimeOffset at)
    {
        Consent = EmailConsent.Subscribed;
        ConsentedAt = at;
        UpdatedAt = at;
    }

    /// <summary>Soft opt-in never overrides a choice the person made.</summary>
    public void AllowSoftOptIn(DateTimeOffset at)
    {
        if (Consent == EmailConsent.None)
        {
            Consent = EmailConsent.SoftOptIn;
            ConsentedAt = at;
            UpdatedAt = at;
        }
    }

    public void Unsubscribe(DateTimeOffset at)
    {
        Consent = EmailConsent.Unsubscribed;
        NightConsent = false;
        UpdatedAt = at;
    }

    public void RecordOrders(int count, long revenueEurMinor, DateTimeOffset? first, DateTimeOffset? last, string? rfm, string? rfmSegment)
    {
        RfmSegment = rfmSegment;
        OrderCount = count;
        RevenueEurMinor = revenueEurMinor;
        FirstOrderAt = first;
        LastOrderAt = last;
        Rfm = rfm;
    }

    /// <summary>A purchase, known at once from the order's event: flows stop asking them to shop; the counts follow with the next sync.</summary>
    public void RecordPurchase(DateTimeOffset at)
    {
        FirstOrderAt ??= at;
        LastOrderAt = LastOrderAt > at ? LastOrderAt : at;
    }
}
