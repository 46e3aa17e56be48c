using MimeKit;

namespace Vetrina.Helpdesk.Inbound;

/// <summary>
/// Mail no person wrote: auto-replies ("out of office"), bounces and delivery reports, list and bulk mail, and mail from
/// the shop's own addresses. Answering them would start a loop between two robots (RFC 3834), so they open nothing.
/// </summary>
internal static class MailLoops
{
    private static readonly string[] BulkPrecedence = ["bulk", "junk", "list", "auto_reply"];

    /// <summary>Why the message was written by a machine, or null for a person's.</summary>
    public static string? Automated(MimeMessage message, IReadOnlyCollection<string> ourAddresses)
    {
        var auto = message.Headers["Auto-Submitted"];
        if (!string.IsNullOrWhiteSpace(auto) && !auto.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return $"Auto-Submitted: {auto.Trim()}";
        }

        if (message.Headers["Precedence"] is { } precedence && BulkPrecedence.Contains(precedence.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return $"Precedence: {precedence.Trim()}";
        }

        if (message.Headers.Contains("X-Autoreply") || message.Headers.Contains("X-Autorespond") || message.Headers.Contains("List-Id"))
        {
            return "auto-reply or list header";
        }

        if (message.Body is MultipartReport || message.Body?.ContentType.IsMimeType("message", "delivery-status") == true)
        {
            return "delivery report";
        }

        var from = message.From.Mailboxes.FirstOrDefault()?.Address;
        if (string.IsNullOrWhiteSpace(from))
        {
            return "no sender";
        }

        var local = from.Split('@')[0];
        if (local.Equals("mailer-daemon", StringComparison.OrdinalIgnoreCase) || local.Equals("postmaster", StringComparison.OrdinalIgnoreCase))
        {
            return "bounce";
        }

        var bare = Bare(from);
        return ourAddresses.Any(a => Bare(a).Equals(bare, StringComparison.OrdinalIgnoreCase)) ? "our own address" : null;
    }

    /// <summary>An address without its "+tag": support+abc@shop is support@shop.</summary>
    public static string Bare(string address)
    {
        var at = address.LastIndexOf('@');
        var plus = address.IndexOf('+', StringComparison.Ordinal);
        return at > 0 && plus > 0 && plus < at ? address[..plus] + address[at..] : address;
    }
}
