using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Cryptography;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Messaging.Signing;

/// <summary>
/// The shop's DKIM signer: relaxed canonicalisation, and the headers a receiver judges a message by, including the
/// unsubscribe headers and Feedback-ID (an unsigned one could be replayed onto someone else's mail).
/// </summary>
internal sealed class MailSigner : IMailSigner, IDisposable
{
    private static readonly string[] Signed =
    [
        "From", "To", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "Feedback-ID", "MIME-Version", "Content-Type",
    ];

    private readonly RSA? key;
    private readonly DkimSigner? signer;

    public MailSigner(IOptions<SmtpOptions> options)
    {
        var dkim = options.Value.Dkim;
        if (!dkim.Enabled)
        {
            return;
        }

        var pem = dkim.PrivateKey ?? File.ReadAllText(dkim.PrivateKeyFile!);
        key = RSA.Create();
        key.ImportFromPem(pem);
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(pem));
        signer = new NativeRsaDkimSigner(key, stream, dkim.Domain!, dkim.Selector)
        {
            HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            AgentOrUserIdentifier = "@" + dkim.Domain,
        };
    }

    public void Sign(MimeMessage message)
    {
        // Korean and Italian text goes quoted-printable or base64: a relay that recodes 8-bit content breaks the body hash.
        message.Prepare(EncodingConstraint.SevenBit);
        signer?.Sign(message, Signed.Where(h => message.Headers.Contains(h)).ToList());
    }

    public void Dispose() => key?.Dispose();
}
