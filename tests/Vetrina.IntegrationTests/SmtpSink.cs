using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MimeKit;
using Vetrina.Messaging.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A real SMTP server on a loopback port that keeps what it receives, shared by every app the tests start. It speaks
/// enough of RFC 5321 for any client (EHLO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT); a server that is
/// down is a port of its own (<see cref="Unreachable"/>).
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    // Each message as it arrived, with its recipients; callers get a copy of their own, as tests on other threads read the same mail.
    private readonly ConcurrentQueue<(byte[] Raw, string[] To)> received = new();

    private SmtpSink()
    {
        listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public static SmtpSink Shared { get; } = new();

    public void Dispose() => listener.Dispose();

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>
    /// The app's mail settings pointed at a loopback port nobody listens on, for a sender of a test's own: a mail server
    /// that is down, while the shared sink stays up for the tests running beside it.
    /// </summary>
    public static IOptions<SmtpOptions> Unreachable(SmtpOptions settings)
    {
        var down = JsonSerializer.Deserialize<SmtpOptions>(JsonSerializer.Serialize(settings))!;
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        down.Port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        return Options.Create(down);
    }

    /// <summary>Every message received so far, in order.</summary>
    public IReadOnlyCollection<MimeMessage> Received => [.. received.Select(m => Copy(m.Raw))];

    public IEnumerable<MimeMessage> To(string address) =>
        [.. received.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).Select(m => Copy(m.Raw))];

    private static MimeMessage Copy(byte[] raw) => MimeMessage.Load(new MemoryStream(raw));

    /// <summary>Waits until the messages to an address number at least <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            var found = To(address).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            await Task.Delay(100);
        }

        return [.. To(address)];
    }

    /// <summary>Waits for the message to an address with this subject, whatever else reaches it meanwhile.</summary>
    public async Task<MimeMessage> WaitForSubjectAsync(string address, string subject, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until && !To(address).Any(m => m.Subject == subject))
        {
            await Task.Delay(100);
        }

        return Assert.Single(To(address), m => m.Subject == subject);
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            var client = await listener.AcceptTcpClientAsync();
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-sink");
                    await writer.WriteLineAsync("250-8BITMIME");
                    await writer.WriteLineAsync("250 SMTPUTF8");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with .");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    var raw = Encoding.Latin1.GetBytes(data.ToString());
                    using (var message = Copy(raw))
                    {
                        received.Enqueue((raw, [.. message.To.Mailboxes.Select(m => m.Address)]));
                    }

                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync(verb is "HELO" or "MAIL" or "RCPT" or "RSET" or "NOOP" ? "250 ok" : "502 not implemented");
                    break;
            }
        }
    }
}
