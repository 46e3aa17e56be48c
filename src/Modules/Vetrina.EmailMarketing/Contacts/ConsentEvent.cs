namespace Vetrina.EmailMarketing.Contacts;

public enum ConsentAction
{
    Requested,
    Confirmed,
    Reconfirmed,
    SoftOptIn,
    Unsubscribed,
    Imported,
}

/// <summary>
/// Proof of a consent step, kept as long as the contact is (GDPR art. 7(1): the brand must be able to show consent
/// was given): when, from which address and browser, on which form, and the exact words shown, by version.
/// </summary>
public sealed class ConsentEvent
{
    private ConsentEvent()
    {
        Source = null!;
        TextVersion = null!;
        Text = null!;
    }

    public ConsentEvent(long contactId, ConsentAction action, string source, string textVersion, string text, string? ipAddress, string? userAgent,
        DateTimeOffset at)
    {
        ContactId = contactId;
        Action = action;
        Source = source;
        TextVersion = textVersion;
        Text = text;
        IpAddress = ipAddress;
        UserAgent = userAgent is { Length: > 300 } ? userAgent[..300] : userAgent;
        At = at;
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public ConsentAction Action { get; private set; }

    /// <summary>The form or path: "footer-form", "checkout", "import:file.csv", "one-click", "unsubscribe-page".</summary>
    public string Source { get; private set; }

    public string TextVersion { get; private set; }

    public string Text { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public DateTimeOffset At { get; private set; }
}
