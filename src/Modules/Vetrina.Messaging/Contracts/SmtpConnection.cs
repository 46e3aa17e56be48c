using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Vetrina.Messaging.Contracts;

/// <summary>Opens an SMTP connection as every sender here wants it: TCP_NODELAY, the configured security, and sign-in when a user is set.</summary>
public static class SmtpConnection
{
    /// <exception cref="SmtpUnreachableException">The server could not be reached or refused the connection.</exception>
    public static async Task OpenAsync(SmtpClient client, SmtpOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            await ConnectAsync(client, settings, cancellationToken);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or AuthenticationException or SslHandshakeException
            or SmtpCommandException)
        {
            throw new SmtpUnreachableException($"Could not reach {settings.Host}:{settings.Port}: {e.Message}", e);
        }
    }

    private static async Task ConnectAsync(SmtpClient client, SmtpOptions settings, CancellationToken cancellationToken)
    {
        var host = settings.Host ?? throw new InvalidOperationException("Vetrina:Smtp:Host is not set: mail goes to the pickup folder instead.");
        // SMTP is command and answer: without TCP_NODELAY, Nagle holds a message's last small write until the server's
        // delayed ACK (40 ms), which caps a connection at about 20 emails a second.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, settings.Port, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        await client.ConnectAsync(socket, host, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }
    }
}
