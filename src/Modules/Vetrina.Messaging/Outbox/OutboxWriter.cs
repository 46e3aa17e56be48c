using Microsoft.EntityFrameworkCore;
using Vetrina.Data;

namespace Vetrina.Messaging.Outbox;

/// <summary>Adds an email to the caller's unit of work, once per reference.</summary>
internal static class OutboxWriter
{
    public static async Task EnqueueAsync(VetrinaDbContext db, OutboxMessage message, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<OutboxMessage>().AnyAsync(m => m.Reference == message.Reference, cancellationToken))
        {
            db.Add(message);
        }
    }
}
