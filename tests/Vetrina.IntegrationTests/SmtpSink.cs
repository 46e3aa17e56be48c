using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Vetrina.IntegrationTests;

/// <summary>
/// A real SMTP server on a loopback port that keeps what it receives, shared by every app the tests start. It speaks
/// enough of RFC 5321 for any client (EHLO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT), and can be told to
/// turn clients away, as a server that is down would.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<MimeMessage> received = new();

    private SmtpSink()
    {
        listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public static SmtpSink Shared { get; } = new();

    public void Dispose() => listener.Dispose();

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>While true, every connection is answered 421 and closed.</summary>
    public bool Refusing { get; set; }

    /// <summary>Every message received so far, in order.</summary>
    public IReadOnlyCollection<MimeMessage> Received => received;

    public IEnumerable<MimeMessage> To(string address) =>
        received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));

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
        if (Refusing)
        {
            await writer.WriteLineAsync("421 sink down for the test");
            return;
        }

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

                    received.Enqueue(MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(data.ToString()))));
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
