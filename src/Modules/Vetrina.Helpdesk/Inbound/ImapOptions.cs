using MailKit.Security;

namespace Vetrina.Helpdesk.Inbound;

/// <summary>Configuration section <c>Vetrina:Helpdesk:Imap</c>: the support mailbox polled for new mail; without a host, nothing is polled.</summary>
internal sealed class ImapOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 993;

    /// <summary>MailKit's names: Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages taken per poll; the rest wait for the next.</summary>
    public int BatchSize { get; set; } = 200;
}
