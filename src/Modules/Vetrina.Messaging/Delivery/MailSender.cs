using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Vetrina.Messaging.Outbox;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Messaging.Delivery;

/// <summary>Hands messages to the SMTP server (MailKit), or, with no server configured, writes them to the pickup folder.</summary>
internal sealed class MailSender(IOptions<SmtpOptions> options, IMailSigner signer)
{
    /// <summary>
    /// Sends each message and tells <paramref name="settled"/> its outcome (its index, and its error or null when sent)
    /// as soon as it is known, so the caller can record it before the next message goes: a node that dies mid-batch
    /// leaves at most the message in flight to be sent again, not the whole batch.
    /// </summary>
    /// <exception cref="SmtpUnreachableException">The server could not be reached: no message was sent.</exception>
    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, ILookup<long, OutboxAttachment> files, Func<int, string?, Task> settled,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = messages.Select(m => Compose(m, files[m.Id], settings.From)).ToList();
        mime.ForEach(signer.Sign);
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            foreach (var (message, index) in mime.Select((m, i) => (m, i)))
            {
                await message.WriteToAsync(Path.Combine(settings.PickupDirectory, $"{messages[index].Id:D8}.eml"), cancellationToken);
                await settled(index, null);
            }

            return;
        }

        using var client = new SmtpClient();
        await SmtpConnection.OpenAsync(client, settings, cancellationToken);

        for (var i = 0; i < mime.Count; i++)
        {
            string? error = null;
            try
            {
                await client.SendAsync(mime[i], cancellationToken);
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
            {
                error = e.Message;
            }

            await settled(i, error);
            if (!client.IsConnected)
            {
                for (var rest = i + 1; rest < mime.Count; rest++)
                {
                    await settled(rest, "The connection closed before this message was sent.");
                }

                break;
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
    }

    private static MimeMessage Compose(OutboxMessage message, IEnumerable<OutboxAttachment> files, string from)
    {
        var mime = new MimeMessage();
        var sender = MailboxAddress.Parse(from);
        mime.From.Add(sender);
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        mime.Subject = message.Subject;
        // The outbox id makes the Message-Id stable: a retry after a lost reply is recognisable as the same message; a
        // conversation's email carries the id its writer chose, so that the answer quoting it finds its thread.
        mime.MessageId = $"{message.ThreadMessageId ?? $"outbox-{message.Id}"}@{sender.Domain}";
        string Full(string id) => id.Contains('@', StringComparison.Ordinal) ? id : $"{id}@{sender.Domain}";
        if (message.InReplyTo is { } inReplyTo)
        {
            mime.InReplyTo = Full(inReplyTo);
        }

        foreach (var reference in message.References?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            mime.References.Add(Full(reference));
        }

        if (message.ReplyTo is { } replyTo)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        mime.Headers.Add(HeaderId.ContentLanguage, message.Language);
        // Gmail's feedback loop groups complaints by these fields; the last is the stable sender id, the first the kind of email.
        mime.Headers.Add("Feedback-ID", $"{Kind(message.Reference)}:transactional:{sender.Domain}");
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var file in files)
        {
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>The kind of email from its reference ("order:17:placed" is an order email), without the ids that would make every one its own group.</summary>
    private static string Kind(string reference) => new([.. reference.TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
}
