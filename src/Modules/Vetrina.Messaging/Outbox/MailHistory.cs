using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Messaging.Outbox;

internal sealed class MailHistory(VetrinaDbContext db) : IMailHistory
{
    public async Task<IReadOnlyList<SentMail>> ToAsync(string email, int take, CancellationToken cancellationToken)
    {
        var (typed, lower) = (email.Trim(), email.Trim().ToLowerInvariant());
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Recipient == typed || m.Recipient == lower).OrderByDescending(m => m.Id).Take(take)
            .Select(m => new SentMail(m.Subject, m.CreatedAt, m.FinishedAt, m.DeadLetteredAt != null)).ToListAsync(cancellationToken);
    }
}
