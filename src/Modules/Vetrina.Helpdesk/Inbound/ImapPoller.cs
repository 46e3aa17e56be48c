using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Vetrina.Data;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Helpdesk.Inbound;

/// <summary>
/// Reads the support mailbox over IMAP: each unread message goes through <see cref="InboundMail"/> and is then marked
/// read. Processing is idempotent by Message-ID, so a crash between the two only means the message is seen again and
/// skipped. A message over the size limit is not downloaded: its sender gets a bounce saying so.
/// </summary>
internal sealed class ImapPoller(IServiceScopeFactory scopes, IOptions<ImapOptions> imap, IOptions<HelpdeskOptions> helpdesk, ILogger<ImapPoller> logger)
{
    public sealed record PollResult(int Processed, int Refused);

    public async Task<PollResult> PollAsync(CancellationToken cancellationToken)
    {
        var options = imap.Value;
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            return new PollResult(0, 0);
        }

        using var client = new ImapClient();
        await client.ConnectAsync(options.Host, options.Port, options.Security, cancellationToken);
        await client.AuthenticateAsync(options.UserName ?? "", options.Password ?? "", cancellationToken);
        var inbox = client.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var unread = (await inbox.SearchAsync(SearchQuery.NotSeen, cancellationToken)).Take(options.BatchSize).ToList();
        var (processed, refused) = (0, 0);
        if (unread.Count > 0)
        {
            var summaries = await inbox.FetchAsync(unread, MessageSummaryItems.Size | MessageSummaryItems.Envelope | MessageSummaryItems.UniqueId, cancellationToken);
            foreach (var summary in summaries)
            {
                await using var scope = scopes.CreateAsyncScope();
                if (summary.Size > helpdesk.Value.MaxMessageBytes)
                {
                    await BounceAsync(scope.ServiceProvider, summary, cancellationToken);
                    refused++;
                }
                else
                {
                    var message = await inbox.GetMessageAsync(summary.UniqueId, cancellationToken);
                    var result = await scope.ServiceProvider.GetRequiredService<InboundMail>().ProcessAsync(message, cancellationToken);
                    logger.LogInformation("Inbound email {MessageId}: {Outcome} {Ticket} {Reason}", message.MessageId, result.Outcome, result.TicketNumber, result.Reason);
                    processed++;
                }

                await inbox.AddFlagsAsync(summary.UniqueId, MessageFlags.Seen, silent: true, cancellationToken);
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return new PollResult(processed, refused);
    }

    /// <summary>Tells the sender of an oversized message that it was not delivered (once per message: its reference is unique).</summary>
    private async Task BounceAsync(IServiceProvider services, IMessageSummary summary, CancellationToken cancellationToken)
    {
        var sender = summary.Envelope?.From.Mailboxes.FirstOrDefault();
        var id = summary.Envelope?.MessageId ?? summary.UniqueId.ToString();
        logger.LogWarning("Inbound email {MessageId} of {Size} bytes refused: over the limit", id, summary.Size);
        var subject = summary.Envelope?.Subject ?? "";
        if (sender is null || subject.StartsWith("Undelivered:", StringComparison.Ordinal))
        {
            return;
        }

        var limit = helpdesk.Value.MaxMessageBytes / (1024 * 1024);
        var text = $"Your message \"{subject}\" was not delivered: it is {summary.Size / (1024 * 1024)} MB, and we take messages up to {limit} MB. "
            + "Send it again without the large attachments, or with smaller pictures.";
        var db = services.GetRequiredService<VetrinaDbContext>();
        await services.GetRequiredService<IMailOutbox>().QueueAsync(new TransactionalMail($"helpdesk:bounce:{id}"[..Math.Min(200, 16 + id.Length)], sender.Address,
            $"Undelivered: {subject}", text, $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>", "en"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
