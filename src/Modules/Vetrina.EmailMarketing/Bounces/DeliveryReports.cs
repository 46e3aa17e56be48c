using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Vetrina.Data;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Contracts;

namespace Vetrina.EmailMarketing.Bounces;

internal enum ReportKind
{
    HardBounce,
    SoftBounce,
    Delayed,
    Complaint,
    NotAReport,
}

/// <summary>What a delivery report says, and which email it is about (when it can tell).</summary>
internal sealed record DeliveryReport(ReportKind Kind, string? Recipient, string? Status, string? Token, string? Diagnostic);

/// <summary>
/// Reads what mail servers send back: delivery status notifications (RFC 3464, multipart/report; report-type=delivery-status)
/// and abuse complaints (RFC 5965 ARF, report-type=feedback-report). A hard bounce (action failed, status 5.x.x) and a
/// complaint suppress the address; a complaint also unsubscribes the contact. The email is found by its VERP envelope
/// address (bounces+token@), its X-Vetrina-Send header or its Message-ID in the returned original.
/// </summary>
internal sealed partial class DeliveryReports(VetrinaDbContext db, ContactBook contacts, TimeProvider clock)
{
    public static DeliveryReport Read(MimeMessage message)
    {
        var report = message.BodyParts.OfType<MultipartReport>().FirstOrDefault() ?? (message.Body as MultipartReport);
        var token = TokenIn(message);
        if (report is null)
        {
            return new DeliveryReport(ReportKind.NotAReport, null, null, token, null);
        }

        if (string.Equals(report.ReportType, "feedback-report", StringComparison.OrdinalIgnoreCase))
        {
            var feedback = message.BodyParts.OfType<MimePart>().FirstOrDefault(p => p.ContentType.IsMimeType("message", "feedback-report"));
            var fields = feedback is null ? "" : Text(feedback);
            var recipient = Field(fields, "Original-Rcpt-To") ?? Field(fields, "Removal-Recipient");
            return new DeliveryReport(ReportKind.Complaint, Clean(recipient), Field(fields, "Feedback-Type"), token, null);
        }

        var status = message.BodyParts.OfType<MessageDeliveryStatus>().FirstOrDefault();
        if (status is null)
        {
            return new DeliveryReport(ReportKind.NotAReport, null, null, token, null);
        }

        foreach (var group in status.StatusGroups.Skip(1))
        {
            var action = group["Action"]?.Trim().ToLowerInvariant();
            var code = group["Status"]?.Trim();
            var recipient = Clean(group["Final-Recipient"] ?? group["Original-Recipient"]);
            var diagnostic = group["Diagnostic-Code"]?.Trim();
            var kind = action switch
            {
                "failed" when code?.StartsWith('5') == true => ReportKind.HardBounce,
                "failed" => ReportKind.SoftBounce,
                "delayed" => ReportKind.Delayed,
                _ => ReportKind.NotAReport,
            };
            if (kind != ReportKind.NotAReport)
            {
                return new DeliveryReport(kind, recipient, code, token, diagnostic);
            }
        }

        return new DeliveryReport(ReportKind.NotAReport, null, null, token, null);
    }

    /// <summary>Applies a report; returns what it was read as.</summary>
    public async Task<DeliveryReport> ApplyAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var report = Read(message);
        if (report.Kind is ReportKind.NotAReport or ReportKind.Delayed)
        {
            return report;
        }

        var now = clock.GetUtcNow();
        var send = report.Token is { } token
            ? await db.Set<EmailSend>().AsNoTracking().SingleOrDefaultAsync(s => s.Token == token, cancellationToken)
            : null;
        var email = send?.Email ?? report.Recipient;
        if (email is null)
        {
            return report with { Kind = ReportKind.NotAReport };
        }

        switch (report.Kind)
        {
            case ReportKind.HardBounce:
                if (send is not null)
                {
                    await db.Set<EmailSend>().Where(s => s.Id == send.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.BouncedAt, now), cancellationToken);
                }

                await contacts.SuppressAsync(email, SuppressionReason.HardBounce, $"{report.Status} {report.Diagnostic}".Trim(), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                break;
            case ReportKind.Complaint:
                if (send is not null)
                {
                    await db.Set<EmailSend>().Where(s => s.Id == send.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.ComplainedAt, now), cancellationToken);
                }

                var normalised = Contact.Normalise(email);
                var contact = await db.Set<Contact>().AsNoTracking().Where(c => c.Email == normalised).Select(c => (long?)c.Id).SingleOrDefaultAsync(cancellationToken);
                if (contact is { } id)
                {
                    await contacts.UnsubscribeAsync(id, new Requester("complaint", null, null), cancellationToken);
                }

                await contacts.SuppressAsync(email, SuppressionReason.Complaint, report.Status, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                break;
            case ReportKind.SoftBounce:
                if (send is not null)
                {
                    await db.Set<EmailSend>().Where(s => s.Id == send.Id)
                        .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastError, $"soft bounce {report.Status}"), cancellationToken);
                }

                break;
        }

        return report;
    }

    private static string? TokenIn(MimeMessage message)
    {
        foreach (var address in message.To.Mailboxes.Concat(message.Cc.Mailboxes))
        {
            if (Verp().Match(address.Address) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        foreach (var part in message.BodyParts)
        {
            var headers = part switch
            {
                MessagePart { Message: { } original } => string.Join("\n", original.Headers.Select(h => h.ToString())),
                TextPart text when text.ContentType.IsMimeType("text", "rfc822-headers") => text.Text,
                MimePart mime when mime.ContentType.IsMimeType("text", "rfc822-headers") => Text(mime),
                _ => null,
            };
            if (headers is not null && SendHeader().Match(headers) is { Success: true } found)
            {
                return found.Groups[1].Value;
            }
        }

        return null;
    }

    private static string Text(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content?.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? Field(string fields, string name) =>
        Regex.Match(fields, $@"^{Regex.Escape(name)}:\s*(.+)$", RegexOptions.Multiline | RegexOptions.IgnoreCase) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    private static string? Clean(string? recipient)
    {
        if (recipient is null)
        {
            return null;
        }

        var value = recipient.Contains(';', StringComparison.Ordinal) ? recipient[(recipient.IndexOf(';', StringComparison.Ordinal) + 1)..] : recipient;
        return value.Trim().Trim('<', '>').ToLowerInvariant();
    }

    [GeneratedRegex(@"^bounces\+([A-Za-z0-9_-]{10,40})@", RegexOptions.IgnoreCase)]
    private static partial Regex Verp();

    [GeneratedRegex(@"X-Vetrina-Send:\s*([A-Za-z0-9_-]{10,40})", RegexOptions.IgnoreCase)]
    private static partial Regex SendHeader();
}
