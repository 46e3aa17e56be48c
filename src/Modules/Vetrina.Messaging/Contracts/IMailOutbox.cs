namespace Vetrina.Messaging.Contracts;

/// <summary>A transactional email: <paramref name="Reference"/> is unique per email ("account:42:reset:…"), so one event never mails twice.</summary>
/// <param name="Thread">For a conversation (a customer-service ticket): the headers that keep it one thread in the customer's mail.</param>
/// <param name="Attachments">Files sent with it (a size guide, a returns form), kept with the message until it is sent.</param>
public sealed record TransactionalMail(string Reference, string Recipient, string Subject, string TextBody, string HtmlBody, string Language,
    MailThread? Thread = null, IReadOnlyList<MailAttachment>? Attachments = null);

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Where an email sits in a conversation. <paramref name="MessageId"/> is the Message-ID's part before the "@" (the
/// sender's domain follows it), chosen by the caller so that replies quoting it can be matched; <paramref name="InReplyTo"/>
/// and <paramref name="References"/> are earlier Message-IDs (without angle brackets; one without "@" is the sender's own
/// and gets its domain); <paramref name="ReplyTo"/> is where answers go.
/// </summary>
public sealed record MailThread(string MessageId, string? InReplyTo, IReadOnlyList<string> References, string? ReplyTo);

/// <summary>
/// Queues transactional email in the caller's unit of work (the scoped context): it goes out once the caller's save
/// commits, however long the mail server is down, and never if the change rolls back.
/// </summary>
public interface IMailOutbox
{
    Task QueueAsync(TransactionalMail mail, CancellationToken cancellationToken);
}
