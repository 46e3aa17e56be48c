using MimeKit;
using MimeKit.Cryptography;

namespace Vetrina.EmailMarketing.Sending;

/// <summary>
/// The MIME message of one campaign email: the headers mailbox providers require of bulk senders (RFC 8058 one-click
/// unsubscribe, List-Id, Feedback-ID), a Message-ID that is the same on every attempt, 7-bit encoding and, when
/// configured, a DKIM signature covering the unsubscribe headers.
/// </summary>
internal sealed class MessageComposer : IDisposable
{
    private static readonly HeaderId[] Signed =
    [
        HeaderId.From, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId, HeaderId.ListUnsubscribe, HeaderId.ListUnsubscribePost,
        HeaderId.ListId, HeaderId.MimeVersion, HeaderId.ContentType,
    ];

    private readonly DkimSigner? signer;
    private readonly System.Security.Cryptography.RSA? rsa;
    private readonly MailboxAddress from;
    private readonly string domain;

    public MessageComposer(EmailOptions options, string fallbackFrom, string brand)
    {
        var address = MailboxAddress.Parse(options.From ?? fallbackFrom);
        from = new MailboxAddress(options.SenderName ?? brand, address.Address);
        domain = address.Domain;
        if (options.Dkim.Enabled)
        {
            var pem = options.Dkim.PrivateKey ?? File.ReadAllText(options.Dkim.PrivateKeyFile!);
            using var key = new MemoryStream(System.Text.Encoding.ASCII.GetBytes(pem));
            rsa = System.Security.Cryptography.RSA.Create();
            rsa.ImportFromPem(pem);
            signer = new NativeRsaDkimSigner(rsa, key, options.Dkim.Domain!, options.Dkim.Selector)
            {
                HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
                BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
                AgentOrUserIdentifier = "@" + options.Dkim.Domain,
            };
        }

        BounceDomain = options.BounceDomain;
    }

    public string? BounceDomain { get; }

    public void Dispose() => rsa?.Dispose();

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
        // Signatures survive relays only on 7-bit content; Korean and Italian text goes quoted-printable or base64.
        message.Prepare(EncodingConstraint.SevenBit);
        signer?.Sign(message, Signed);
        return message;
    }

    /// <summary>VERP: the envelope sender carries the email's token, so a bounce names the email it is about.</summary>
    public MailboxAddress EnvelopeSender(string token) =>
        BounceDomain is null ? new MailboxAddress("", from.Address) : new MailboxAddress("", $"bounces+{token}@{BounceDomain}");
}
