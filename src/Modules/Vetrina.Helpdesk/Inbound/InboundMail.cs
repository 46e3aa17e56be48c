using System.Text.RegularExpressions;
using Ganss.Xss;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Vetrina.Data;
using Vetrina.Data.Events;
using Vetrina.Helpdesk.Contracts;
using Vetrina.Helpdesk.Contracts.Events;
using Vetrina.Helpdesk.Domain;
using Vetrina.Helpdesk.Notifications;
using Vetrina.Helpdesk.Sla;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Helpdesk.Inbound;

/// <summary>
/// Turns an email into a ticket message. A reply finds its ticket by the Message-IDs it answers (ours name the ticket's
/// token), then by the ticket's plus address it was sent to, and joins it only when its sender is the ticket's
/// customer: a ticket number in a subject, or a token from another's forwarded mail, never attaches mail to someone
/// else's ticket; such mail opens its own. Machines' mail opens nothing; HTML is sanitised before staff see it.
/// </summary>
internal sealed partial class InboundMail(VetrinaDbContext db, IMailOutbox outbox, IOptions<HelpdeskOptions> options, IOptions<SmtpOptions> smtp,
    ServiceLevels serviceLevels, Attachments.AttachmentIntake attachments, TimeProvider clock)
{
    private static readonly HtmlSanitizer Sanitizer = new();

    public async Task<InboundResult> ProcessAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var ours = new[] { options.Value.Address, MailboxAddress.TryParse(smtp.Value.From, out var sender) ? sender.Address : smtp.Value.From };
        if (MailLoops.Automated(message, ours) is { } machine)
        {
            return new InboundResult(InboundOutcome.Ignored, null, machine);
        }

        var messageId = string.IsNullOrWhiteSpace(message.MessageId) ? $"inbound-{Guid.NewGuid():N}" : message.MessageId.Trim();
        var existing = await db.Set<TicketMessage>().AsNoTracking().Where(m => m.MessageId == messageId).Select(m => (long?)m.TicketId).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } seen)
        {
            return new InboundResult(InboundOutcome.Duplicate, Ticket.Format(seen));
        }

        var from = message.From.Mailboxes.First();
        var (text, html) = Bodies(message);
        var (files, refusals) = await FilesAsync(message, cancellationToken);
        if (refusals.Count > 0)
        {
            text = $"{text}\n\n{string.Join("\n", refusals.Select(r => $"[{r}]"))}";
        }
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var ticket = await AnsweredAsync(message, cancellationToken);
            var now = clock.GetUtcNow();
            try
            {
                if (ticket is not null && ticket.Status != TicketStatus.Closed && string.Equals(ticket.Email, from.Address, StringComparison.OrdinalIgnoreCase))
                {
                    var added = ticket.Add(MessageAuthor.Customer, string.IsNullOrWhiteSpace(from.Name) ? from.Address : from.Name, text, now);
                    added.Carried(messageId);
                    added.Formatted(html);
                    Attach(added, files);
                    ticket.CustomerWrote(now);
                    await serviceLevels.MeasureAsync(ticket, now, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    return new InboundResult(InboundOutcome.Threaded, ticket.Number);
                }

                return new InboundResult(InboundOutcome.Opened, await OpenAsync(message, from, messageId, text, html, files, now, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The ticket moved meanwhile (an agent answered), or the same message arrived twice at once.
                db.ChangeTracker.Clear();
                if (await db.Set<TicketMessage>().AsNoTracking().Where(m => m.MessageId == messageId).Select(m => (long?)m.TicketId).FirstOrDefaultAsync(cancellationToken)
                    is { } concurrent)
                {
                    return new InboundResult(InboundOutcome.Duplicate, Ticket.Format(concurrent));
                }
            }
        }
    }

    private async Task<string> OpenAsync(MimeMessage message, MailboxAddress from, string messageId, string text, string? html,
        IReadOnlyList<TicketAttachment> files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(from.Name) ? from.Address.Split('@')[0] : from.Name.Trim();
        // The message's own id is the ticket's key: the same message delivered twice at once opens one ticket.
        var key = "mail:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(messageId)))[..40];
        var language = LanguageOf(message, text);
        var ticket = new Ticket(key, Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)),
            from.Address.Trim(), name.Length > TicketRules.MaxName ? name[..TicketRules.MaxName] : name, null, language,
            await serviceLevels.MarketOfAsync(null, language, cancellationToken), TicketTopic.Other, TicketChannel.Email, null, now);
        var opening = ticket.Add(MessageAuthor.Customer, ticket.Name, text, now);
        await serviceLevels.MeasureAsync(ticket, now, cancellationToken);
        opening.Carried(messageId);
        opening.Formatted(html);
        Attach(opening, files);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(ticket);
            await db.SaveChangesAsync(cancellationToken);
            await outbox.QueueAsync(TicketMail.Acknowledgement(ticket, opening, options.Value.ReplyAddressOf(ticket.Token)), cancellationToken);
            db.Publish(new TicketOpened(ticket.Number, ticket.Email, null, ticket.Topic, ticket.Channel, null, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return ticket.Number;
    }

    /// <summary>Beyond these, a message's files are left out (and the message says so).</summary>
    public const int MaxAttachments = 10;

    /// <summary>The message's files as they are kept, and a line for staff for each one left out.</summary>
    private async Task<(List<TicketAttachment> Files, List<string> Refusals)> FilesAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var (files, refusals) = (new List<TicketAttachment>(), new List<string>());
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            var name = part.FileName ?? part.ContentType.Name ?? "attachment";
            if (files.Count == MaxAttachments)
            {
                refusals.Add($"“{name}” was not kept: a message keeps {MaxAttachments} files at most.");
                continue;
            }

            using var decoded = new MemoryStream();
            if (part.Content is null)
            {
                continue;
            }

            await part.Content.DecodeToAsync(decoded, cancellationToken);
            decoded.Position = 0;
            var (file, refusal) = await attachments.PrepareAsync(decoded, name, decoded.Length, photosOnly: false, cancellationToken);
            if (file is null)
            {
                refusals.Add(refusal!);
            }
            else
            {
                files.Add(file);
            }
        }

        return (files, refusals);
    }

    /// <summary>Copies, so that a retried save adds them afresh.</summary>
    private static void Attach(TicketMessage message, IEnumerable<TicketAttachment> files)
    {
        foreach (var file in files)
        {
            message.Attach(new TicketAttachment(file.FileName, file.ContentType, file.Content));
        }
    }

    /// <summary>The ticket the message answers: by the Message-IDs it names, else by the plus address it was sent to.</summary>
    private async Task<Ticket?> AnsweredAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var tokens = new List<string>();
        foreach (var id in new[] { message.InReplyTo }.Concat(message.References).Where(i => i is not null))
        {
            if (OurMessageId().Match(id!) is { Success: true } match)
            {
                tokens.Add(match.Groups[1].Value);
            }
        }

        var local = options.Value.Address.Split('@')[0];
        foreach (var address in message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address))
        {
            if (PlusToken().Match(address) is { Success: true } match && match.Groups[1].Value.Equals(local, StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(match.Groups[2].Value.ToLowerInvariant());
            }
        }

        foreach (var token in tokens.Distinct())
        {
            if (await db.Set<Ticket>().Include(t => t.Messages).FirstOrDefaultAsync(t => t.Token == token, cancellationToken) is { } ticket)
            {
                // A merged ticket's mail goes on where its messages went (merges never chain far: the target was not merged).
                for (var hops = 0; ticket.MergedIntoId is { } merged && hops < 3; hops++)
                {
                    ticket = await db.Set<Ticket>().Include(t => t.Messages).FirstAsync(t => t.Id == merged, cancellationToken);
                }

                return ticket;
            }
        }

        return null;
    }

    /// <summary>The text staff read (the plain part, else the HTML's text) and the HTML, sanitised; text beyond the limit is cut, marked.</summary>
    private static (string Text, string? Html) Bodies(MimeMessage message)
    {
        var html = message.HtmlBody is { } raw ? Sanitizer.Sanitize(raw) : null;
        var text = message.TextBody ?? (html is null ? "" : System.Net.WebUtility.HtmlDecode(Tags().Replace(html, " ")));
        text = text.Trim();
        if (text.Length == 0)
        {
            text = "(no text)";
        }

        if (html?.Length > 200_000)
        {
            html = null;
        }

        return (text.Length > TicketRules.MaxText ? text[..(TicketRules.MaxText - 1)] + "…" : text, html);
    }

    private static string LanguageOf(MimeMessage message, string text) =>
        text.Any(c => c is >= '\uAC00' and <= '\uD7A3') ? Languages.Korean
        : message.Headers["Content-Language"]?.Trim().StartsWith("it", StringComparison.OrdinalIgnoreCase) == true ? Languages.Italian
        : Languages.English;

    [GeneratedRegex(@"^ticket\.([0-9a-f]{16})\.[0-9]+@", RegexOptions.IgnoreCase)]
    private static partial Regex OurMessageId();

    [GeneratedRegex(@"^([^+@]+)\+([0-9a-f]{16})@", RegexOptions.IgnoreCase)]
    private static partial Regex PlusToken();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
