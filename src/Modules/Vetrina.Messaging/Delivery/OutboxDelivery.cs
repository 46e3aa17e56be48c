using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetrina.Data;
using Vetrina.Data.Work;
using Vetrina.Messaging.Outbox;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Messaging.Delivery;

/// <summary>
/// Sends what the outbox holds. Each node claims a message with a conditional update before sending it, so several
/// nodes never send the same one; a failure schedules a retry with exponential backoff (10 s, 20 s, 40 s … at most an
/// hour) and the last one dead-letters the message, while a server that cannot be reached at all counts no try
/// (<see cref="Kernel.RetryBackoff.Unreachable"/>); each message is marked sent as soon as the server took it, so a
/// node that dies mid-batch leaves only the message in flight to be sent again: it lets its claim lapse and another node
/// sends the rest (the claim, retry and dead letter are the shared <see cref="LeasedWorkQueue"/>). The job runner calls
/// <see cref="DeliverAllDueAsync"/> every <see cref="SmtpOptions.PollInterval"/>.
/// </summary>
internal sealed partial class OutboxDelivery(IServiceScopeFactory scopes, MailSender sender, IOptions<SmtpOptions> options, TimeProvider clock,
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
        var (token, claimed) = await LeasedWorkQueue.ClaimRowsAsync(db, db.Set<OutboxMessage>(), BatchSize, ClaimFor, clock.GetUtcNow(), cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var ids = claimed.Select(m => m.Id).ToList();
        var files = (await db.Set<OutboxAttachment>().AsNoTracking().Where(a => ids.Contains(a.OutboxMessageId)).OrderBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.OutboxMessageId);
        // Each outcome is recorded as soon as the server has answered for that message.
        var sent = new List<long>();
        try
        {
            await SendAsync(db, token, claimed, files, sent, cancellationToken);
        }
        catch (SmtpUnreachableException e)
        {
            // Not these messages' fault: they wait a short while, however long the server stays away, and never run out of tries.
            foreach (var message in claimed)
            {
                await LeasedWorkQueue.PostponeAsync<OutboxMessage>(db, message.Id, token, e.Message, clock.GetUtcNow(), cancellationToken);
            }

            LogServerUnreachable(claimed.Count, e.Message);
        }

        // A sent email's files are not needed again (the customer has them; staff have theirs where they came from).
        if (files.Count > 0 && sent.Count > 0)
        {
            await db.Set<OutboxAttachment>().Where(a => sent.Contains(a.OutboxMessageId)).ExecuteDeleteAsync(cancellationToken);
        }

        return claimed.Count;
    }

    private Task SendAsync(VetrinaDbContext db, Guid token, List<OutboxMessage> claimed, ILookup<long, OutboxAttachment> files, List<long> sent,
        CancellationToken cancellationToken) =>
        sender.SendAsync(claimed, files, async (i, error) =>
        {
            var at = clock.GetUtcNow();
            if (error is null)
            {
                await LeasedWorkQueue.FinishAsync<OutboxMessage>(db, claimed[i].Id, token, at, cancellationToken);
                sent.Add(claimed[i].Id);
                return;
            }

            var dead = await LeasedWorkQueue.FailAsync(db, claimed[i], token, error, at, options.Value.MaxAttempts, cancellationToken);
            LogSendFailed(claimed[i].Reference, claimed[i].Attempts + 1, dead, error);
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail server unreachable; {Count} emails wait for it: {Error}")]
    private partial void LogServerUnreachable(int count, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Reference} not sent (attempt {Attempts}, given up: {GivenUp}): {Error}")]
    private partial void LogSendFailed(string reference, int attempts, bool givenUp, string error);
}
