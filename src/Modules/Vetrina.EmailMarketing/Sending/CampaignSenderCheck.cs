using Microsoft.Extensions.Options;
using MimeKit;
using Vetrina.Kernel;
using Vetrina.Messaging.Contracts;

namespace Vetrina.EmailMarketing.Sending;

/// <summary>
/// Refuses to start with campaign settings that mailbox providers would fail: a campaign sender or bounce domain
/// outside the DKIM and From domains (DMARC alignment), or campaigns going out with an <c>http:</c> public address,
/// where RFC 8058 one-click unsubscribe (required by Gmail and Yahoo) needs HTTPS.
/// </summary>
internal sealed class CampaignSenderCheck(IOptions<SmtpOptions> smtp, IOptions<SiteOptions> site) : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        SmtpOptions shop;
        try
        {
            shop = smtp.Value;
        }
        catch (OptionsValidationException)
        {
            // The shop's sender is wrong already, and says so itself; judging campaigns against it would repeat that.
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        var configured = options.From ?? shop.From;
        if (!MailboxAddress.TryParse(configured, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail($"Vetrina:Email:From \"{configured}\" is not an email address. Give one such as \"news@brand.com\", or leave it out to send campaigns from Vetrina:Smtp:From.");
        }

        var dkim = shop.Dkim;
        if (dkim.Enabled && !DomainAlignment.Aligned(dkim.Domain!, from.Domain))
        {
            failures.Add($"Vetrina:Smtp:Dkim:Domain \"{dkim.Domain}\" does not align with the campaign From domain \"{from.Domain}\" (Vetrina:Email:From): " +
                "DMARC would fail on every campaign. Send campaigns from an address of the DKIM domain or a domain under it.");
        }

        if (!string.IsNullOrWhiteSpace(options.BounceDomain) && !DomainAlignment.Aligned(options.BounceDomain, from.Domain))
        {
            failures.Add($"Vetrina:Email:BounceDomain \"{options.BounceDomain}\" is not under the campaign From domain \"{from.Domain}\": " +
                $"SPF then passes for a domain DMARC does not look at. Use a subdomain such as \"bounces.{from.Domain}\".");
        }

        if (!string.IsNullOrWhiteSpace(shop.Host) && Uri.TryCreate(site.Value.PublicUrl, UriKind.Absolute, out var url)
            && url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            failures.Add($"Vetrina:PublicUrl \"{site.Value.PublicUrl}\" is http: campaigns carry one-click unsubscribe links (RFC 8058), which " +
                "Gmail and Yahoo only accept over HTTPS. Set the shop's https:// address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
