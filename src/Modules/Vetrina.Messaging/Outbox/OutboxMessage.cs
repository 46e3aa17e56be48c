using Vetrina.Data.Work;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Messaging.Outbox;

/// <summary>
/// An email waiting to be sent, written in the same transaction as the change it tells of (an order paid, shipped,
/// refunded): if that change commits, the email will go out, however long the mail server is down; if it rolls back,
/// no email tells of something that did not happen.
/// </summary>
internal sealed class OutboxMessage : LeasedWork
{
    private readonly List<OutboxAttachment> attachments = [];

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

    public string Reference { get; private set; }

    public string Recipient { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    public string Language { get; private set; }

    /// <summary>The Message-ID's local part, for an email in a conversation (else one is made from the outbox id).</summary>
    public string? ThreadMessageId { get; private set; }

    public string? InReplyTo { get; private set; }

    /// <summary>Earlier Message-IDs of the conversation, separated by spaces.</summary>
    public string? References { get; private set; }

    public string? ReplyTo { get; private set; }

    public void Thread(MailThread thread) =>
        (ThreadMessageId, InReplyTo, References, ReplyTo) = (thread.MessageId, thread.InReplyTo, thread.References.Count == 0 ? null : string.Join(' ', thread.References),
            thread.ReplyTo);

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<OutboxAttachment> Attachments => attachments;

    public void Attach(MailAttachment file) => attachments.Add(new OutboxAttachment(file.FileName, file.ContentType, file.Content));
}

/// <summary>A file of an email waiting to be sent.</summary>
internal sealed class OutboxAttachment
{
    private OutboxAttachment()
    {
        FileName = null!;
        ContentType = null!;
        Content = null!;
    }

    public OutboxAttachment(string fileName, string contentType, byte[] content) => (FileName, ContentType, Content) = (fileName, contentType, content);

    public long Id { get; private set; }

    public long OutboxMessageId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }
}
