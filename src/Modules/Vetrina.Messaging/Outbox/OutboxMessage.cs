namespace Vetrina.Messaging.Outbox;

/// <summary>
/// An email waiting to be sent, written in the same transaction as the change it tells of (an order paid, shipped,
/// refunded): if that change commits, the email will go out, however long the mail server is down; if it rolls back,
/// no email tells of something that did not happen.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Reference = null!;
        Recipient = null!;
        Subject = null!;
        TextBody = null!;
        HtmlBody = null!;
        Language = null!;
    }

    /// <param name="reference">Unique per email ("order:42:confirmation"): the same event can never mail twice.</param>
    public OutboxMessage(string reference, string recipient, string subject, string textBody, string htmlBody, string language, DateTimeOffset at)
    {
        Reference = reference;
        Recipient = recipient;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        Language = language;
        CreatedAt = at;
        DueAt = at;
    }

    public long Id { get; private set; }

    public string Reference { get; private set; }

    public string Recipient { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    public string Language { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the next attempt may be made.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>A node that took the message for sending holds it until then; after a crash another node takes it over.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }
}
