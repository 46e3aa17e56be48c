using MimeKit;

namespace Vetrina.Messaging.Contracts;

/// <summary>Signs a finished message with the shop's DKIM key (<see cref="DkimOptions"/>); does nothing when no key is configured.</summary>
public interface IMailSigner
{
    /// <summary>Prepares the message for 7-bit transport (signatures survive relays only then) and signs it.</summary>
    void Sign(MimeMessage message);
}
