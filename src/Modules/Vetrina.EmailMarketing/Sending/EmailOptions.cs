namespace Vetrina.EmailMarketing.Sending;

/// <summary>
/// Configuration section <c>Vetrina:Email</c>: marketing email. The SMTP server is the one of <c>Vetrina:Smtp</c>.
/// </summary>
internal sealed class EmailOptions
{
    /// <summary>
    /// The sender address of campaigns; the shop's own (<c>Vetrina:Smtp:From</c>) when empty. A second address is for a
    /// brand that keeps marketing apart from receipts, as Gmail advises bulk senders: complaints about a newsletter then
    /// weigh on its address and not on order email. It must share the From domain's DMARC alignment either way.
    /// </summary>
    public string? From { get; set; }

    /// <summary>The sender's name shown to recipients and in the legal footer; the brand name when empty.</summary>
    public string? SenderName { get; set; }

    /// <summary>The sender's postal address or contact, printed in every campaign's footer (required in Korea and by CAN-SPAM).</summary>
    public string PostalAddress { get; set; } = "Via della Moda 1, 20121 Milano, Italia";

    /// <summary>At most this many campaign emails a second, over all connections (what the mail provider allows).</summary>
    public int MaxPerSecond { get; set; } = 200;

    /// <summary>SMTP connections used side by side.</summary>
    public int Connections { get; set; } = 4;

    /// <summary>
    /// Envelope sender domain for bounces: with it, each email's envelope sender is <c>bounces+token@domain</c> (VERP),
    /// so a bounce names the very email it is about.
    /// </summary>
    public string? BounceDomain { get; set; }

    /// <summary>
    /// How long a node holds the recipients it took for sending. After a crash, the others (or the node restarted) send
    /// those left unsent once this has passed; it must outlast the few seconds of work a node takes at a time.
    /// </summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(1);
}
