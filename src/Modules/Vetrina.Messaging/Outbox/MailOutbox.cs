using Vetrina.Data;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Messaging.Outbox;

internal sealed class MailOutbox(VetrinaDbContext db, TimeProvider clock) : IMailOutbox
{
    public Task QueueAsync(TransactionalMail mail, CancellationToken cancellationToken) =>
        OutboxWriter.EnqueueAsync(db, new OutboxMessage(mail.Reference, mail.Recipient, mail.Subject, mail.TextBody, mail.HtmlBody, mail.Language,
            clock.GetUtcNow()), cancellationToken);
}
