using Vetrina.Data;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Messaging.Outbox;

internal sealed class MailOutbox(VetrinaDbContext db, TimeProvider clock) : IMailOutbox
{
    public Task QueueAsync(TransactionalMail mail, CancellationToken cancellationToken)
    {
        var message = new OutboxMessage(mail.Reference, mail.Recipient, mail.Subject, mail.TextBody, mail.HtmlBody, mail.Language, clock.GetUtcNow());
        if (mail.Thread is { } thread)
        {
            message.Thread(thread);
        }

        foreach (var file in mail.Attachments ?? [])
        {
            message.Attach(file);
        }

        return OutboxWriter.EnqueueAsync(db, message, cancellationToken);
    }
}
