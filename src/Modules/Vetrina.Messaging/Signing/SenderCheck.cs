using Microsoft.Extensions.Options;
using MimeKit;
using Vetrina.Messaging.Contracts;

namespace Vetrina.Messaging.Signing;

/// <summary>
/// Refuses to start with a sender receivers would fail: a From address that is not one, or a DKIM domain outside the
/// From domain (DMARC then fails even with a valid signature, and Gmail and Yahoo reject or junk bulk mail).
/// </summary>
internal sealed class SenderCheck : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        if (!MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail($"Vetrina:Smtp:From \"{options.From}\" is not an email address. Give one such as \"Brand <shop@brand.com>\".");
        }

        if (options.Dkim.Enabled && !DomainAlignment.Aligned(options.Dkim.Domain!, from.Domain))
        {
            return ValidateOptionsResult.Fail(
                $"Vetrina:Smtp:Dkim:Domain \"{options.Dkim.Domain}\" does not align with the From domain \"{from.Domain}\" (Vetrina:Smtp:From): " +
                "DMARC would fail on every email. Sign with the From domain or a domain it sits under, or send from an address of the DKIM domain.");
        }

        return ValidateOptionsResult.Success;
    }
}
