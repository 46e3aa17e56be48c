namespace Vetrina.Privacy.Contracts;

/// <summary>
/// One line of the consent ledger: who (an email address, or the anonymous visitor id of the consent cookie), what for,
/// the decision, how and where it was taken, the wording shown by version and in full, and when. Every change of mind is a
/// new line; nothing is updated.
/// </summary>
public sealed record ConsentStatement(string Purpose, string Channel, ConsentDecision Decision, string Source, string TextVersion, string Text,
    DateTimeOffset At)
{
    public string? Email { get; init; }

    public Guid? VisitorId { get; init; }

    /// <summary>The shopper's account, when they were signed in.</summary>
    public string? CustomerId { get; init; }

    public string? Language { get; init; }

    /// <summary>The country whose law applied (the shipping or contact country), when known.</summary>
    public string? Country { get; init; }

    /// <summary>The particular place within the source: "order:V-10042", "import:list.csv:line 4", "newsletter-form".</summary>
    public string? Reference { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>Whether the browser sent Global Privacy Control with the decision.</summary>
    public bool GlobalPrivacyControl { get; init; }
}
