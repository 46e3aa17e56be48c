namespace Vetrina.Messaging.Contracts;

/// <summary>A transactional email: <paramref name="Reference"/> is unique per email ("account:42:reset:…"), so one event never mails twice.</summary>
public sealed record TransactionalMail(string Reference, string Recipient, string Subject, string TextBody, string HtmlBody, string Language);

/// <summary>
/// Queues transactional email in the caller's unit of work (the scoped context): it goes out once the caller's save
/// commits, however long the mail server is down, and never if the change rolls back.
/// </summary>
public interface IMailOutbox
{
    Task QueueAsync(TransactionalMail mail, CancellationToken cancellationToken);
}
