namespace Vetrina.Helpdesk;

/// <summary>Configuration section <c>Vetrina:Helpdesk</c>.</summary>
internal sealed class HelpdeskOptions
{
    /// <summary>
    /// The mailbox customers write to and answers come back to. Each ticket's emails ask for replies at its plus
    /// address ("support+token@…"), so the inbound mail names its ticket.
    /// </summary>
    public string Address { get; set; } = "support@vetrina.example";

    /// <summary>
    /// The shared secret a mail provider signs inbound messages with (<c>Vetrina-Signature</c>, as our webhooks); without
    /// it the inbound endpoint takes nothing.
    /// </summary>
    public string? InboundSecret { get; set; }

    /// <summary>Largest inbound message taken, in bytes; a bigger one is refused (the provider bounces it).</summary>
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Largest file kept with a message, in bytes (photos are re-encoded smaller).</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Files other than photos kept with a message, by type: "pdf" (checked by its content, not its name). Anything else
    /// is left out, and the message says so to staff.
    /// </summary>
    public List<string> AllowedDocuments { get; set; } = ["pdf"];

    /// <summary>The reply address of one ticket.</summary>
    public string ReplyAddressOf(string token)
    {
        var at = Address.LastIndexOf('@');
        return at < 1 ? Address : $"{Address[..at]}+{token}{Address[at..]}";
    }
}
