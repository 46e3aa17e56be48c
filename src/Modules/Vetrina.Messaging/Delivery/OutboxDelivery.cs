using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Messaging.Outbox;

namespace Vetrina.Messaging.Delivery;

/// <summary>
/// Sends what the outbox holds. Each node claims a message with a conditional update before sending it, so several
/// nodes never send the same one; a failure schedules a retry with exponential backoff (10 s, 20 s, 40 s … at most an
/// hour); a node that dies mid-send lets its claim lapse and another node sends the message. The job runner calls
/// <see cref="DeliverAllDueAsync"/> every <see cref="SmtpOptions.PollInterval"/>.
/// </summary>
public sealed partial class OutboxDelivery(IServiceScopeFactory scopes, MailSender sender, IOptions<SmtpOptions> options, TimeProvider clock,
    ILogger<OutboxDelivery> logger)
{
    private const int BatchSize = 20;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    /// <summary>Sends batches until what is due is sent (or has failed and waits for its retry).</summary>
    public async Task DeliverAllDueAsync(CancellationToken cancellationToken)
    {
        while (await DeliverDueAsync(cancellationToken) == BatchSize)
        {
            // A full batch: more may be waiting.
        }
    }

    /// <summary>Sends one batch of due messages; returns how many were claimed.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetrinaDbContext>();
        var now = clock.GetUtcNow();
        var maxAttempts = options.Value.MaxAttempts;
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.SentAt == null && m.DueAt <= now && m.Attempts < maxAttempts && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.DueAt).Take(BatchSize).ToListAsync(cancellationToken);
        var claimed = new List<OutboxMessage>();
        foreach (var message in due)
        {
            var claimedUntil = now + ClaimFor;
            var won = await db.Set<OutboxMessage>()
                .Where(m => m.Id == message.Id && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, claimedUntil), cancellationToken);
            if (won == 1)
            {
                claimed.Add(message);
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var errors = await sender.SendAsync(claimed, cancellationToken);
        var finished = clock.GetUtcNow();
        for (var i = 0; i < claimed.Count; i++)
        {
            var id = claimed[i].Id;
            if (errors[i] is not { } error)
            {
                await db.Set<OutboxMessage>().Where(m => m.Id == id).ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.SentAt, finished)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.LastError, (string?)null), cancellationToken);
                continue;
            }

            var attempts = claimed[i].Attempts + 1;
            var next = finished + RetryBackoff.After(attempts);
            var trimmed = error.Length > 1000 ? error[..1000] : error;
            await db.Set<OutboxMessage>().Where(m => m.Id == id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.DueAt, next)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, trimmed), cancellationToken);
            LogSendFailed(claimed[i].Reference, attempts, next, error);
        }

        return claimed.Count;
    }


    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Reference} not sent (attempt {Attempts}); next try at {Next}: {Error}")]
    private partial void LogSendFailed(string reference, int attempts, DateTimeOffset next, string error);
}
