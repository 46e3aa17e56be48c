using MimeKit;
using Vetrina.Messaging.Contracts;

namespace Vetrina.EmailMarketing.Sending;

/// <summary>
/// The MIME message of one campaign email: the headers mailbox providers require of bulk senders (RFC 8058 one-click
/// unsubscribe, List-Id, Feedback-ID), a Message-ID that is the same on every attempt, and the shop's DKIM signature
/// over them.
/// </summary>
internal sealed class MessageComposer
{
    private readonly IMailSigner signer;
    private readonly MailboxAddress from;
    private readonly string domain;

    public MessageComposer(EmailOptions options, string fallbackFrom, string brand, IMailSigner signer)
    {
        var address = MailboxAddress.Parse(options.From ?? fallbackFrom);
        from = new MailboxAddress(options.SenderName ?? brand, address.Address);
        domain = address.Domain;
        this.signer = signer;
        BounceDomain = options.BounceDomain;
    }

    public string? BounceDomain { get; }

    public static string MessageId(int campaignId, long contactId, string domain) => $"c{campaignId}.{contactId}@{domain}";

    public MimeMessage Compose(int campaignId, long contactId, char variant, string recipient, string language, string token, RenderedEmail email,
        string unsubscribeUrl, DateTimeOffset at)
    {
        var message = new MimeMessage();
        // A new address each time: an address object added to a message's list holds that message through its change event, so
        // one shared sender address would keep every email ever composed alive.
        message.From.Add(new MailboxAddress(from.Name, from.Address));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = email.Subject;
        message.Date = at;
        message.MessageId = MessageId(campaignId, contactId, domain);
        message.Headers.Add(HeaderId.ContentLanguage, language);
        message.Headers.Add(HeaderId.ListUnsubscribe, $"<{unsubscribeUrl}>");
        message.Headers.Add(HeaderId.ListUnsubscribePost, "List-Unsubscribe=One-Click");
        message.Headers.Add(HeaderId.ListId, $"<newsletter.{domain}>");
        message.Headers.Add("Feedback-ID", $"{campaignId}:{variant}:campaign:{domain}");
        message.Headers.Add("X-Vetrina-Send", token);
        message.Body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody();
        signer.Sign(message);
        return message;
    }

    /// <summary>VERP: the envelope sender carries the email's token, so a bounce names the email it is about.</summary>
    public MailboxAddress EnvelopeSender(string token) =>
        BounceDomain is null ? new MailboxAddress("", from.Address) : new MailboxAddress("", $"bounces+{token}@{BounceDomain}");
}
