namespace Vetrina.Privacy.Domain;

/// <summary>
/// Proof of a visitor's cookie choices, as the Garante and the GDPR ask a shop to be able to show: who (an anonymous
/// id, the one in the consent cookie), when, what was chosen, under which version of the banner's text and in which
/// language, and whether the browser signalled Global Privacy Control. Every change of mind is a new proof.
/// </summary>
public sealed class ConsentProof
{
    private ConsentProof()
    {
        PolicyVersion = null!;
        Language = null!;
        Source = null!;
    }

    public ConsentProof(Guid visitorId, bool analytics, bool marketing, bool globalPrivacyControl, string policyVersion, string language, string source,
        DateTimeOffset at)
    {
        VisitorId = visitorId;
        Analytics = analytics;
        Marketing = marketing;
        GlobalPrivacyControl = globalPrivacyControl;
        PolicyVersion = policyVersion;
        Language = language;
        Source = source;
        At = at;
    }

    public long Id { get; private set; }

    public Guid VisitorId { get; private set; }

    public bool Analytics { get; private set; }

    public bool Marketing { get; private set; }

    public bool GlobalPrivacyControl { get; private set; }

    /// <summary>A hash of the banner's text in every language and its categories: new words, new question.</summary>
    public string PolicyVersion { get; private set; }

    public string Language { get; private set; }

    /// <summary>Where the choice was made: the banner's buttons, its close button, or the cookie settings page.</summary>
    public string Source { get; private set; }

    public DateTimeOffset At { get; private set; }
}
