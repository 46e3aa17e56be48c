using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

// Inbound mail load against a running Vetrina: posts raw messages to /api/v1/helpdesk/inbound as a mail provider does,
// signed with the shared secret, and reports messages per second and the latency of each post.
//   MailLoad <base-url> <secret> <messages> <concurrency> <seeded-tickets>
// Four messages in ten answer one of the seeded tickets (bench/helpdesk.sh makes ticket i with the reply token
// sha256("t" + i) in hex, first 16, for c<i>@example.com), threaded by its reply address; one in twenty carries a photo (decoded and
// re-encoded on arrival); the rest open tickets, each from a sender of its own, as real mail is.
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: MailLoad <base-url> <secret> <messages> <concurrency> <seeded-tickets>");
    return 2;
}

var (baseUrl, secret) = (args[0], args[1]);
var total = int.Parse(args[2], CultureInfo.InvariantCulture);
var concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
var seeded = int.Parse(args[4], CultureInfo.InvariantCulture);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency };
using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
var photo = Photo.Png(320, 240);
var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
var (failures, threaded) = (0, 0);
var next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < total)
    {
        // Past the first thousand, whose customers the benchmark gave real orders (and other addresses).
        var answered = i % 10 < 4 ? 1000 + Random.Shared.Next(seeded - 1000) : 0;
        var sender = answered > 0 ? $"c{answered}@example.com" : $"load{i}.{Guid.NewGuid():N}@example.com";
        var token = answered > 0 ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"t{answered}")))[..16] : null;
        var raw = Mime.Message(i, sender, token, i % 20 == 0 ? photo : null);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/helpdesk/inbound") { Content = new ByteArrayContent(raw) };
        request.Content.Headers.ContentType = new("message/rfc822");
        request.Headers.Add("Vetrina-Signature", Signature.Of(secret, raw, DateTimeOffset.UtcNow));
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Interlocked.Increment(ref failures);
        }
        else if (body.Contains("\"Threaded\"", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref threaded);
        }
    }
}));
var seconds = clock.Elapsed.TotalSeconds;
var sorted = latencies.Order().ToList();
double At(double share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{total} messages in {seconds:0.0} s: {total / seconds:0.0} messages/s; latency p50 {At(0.5):0} ms, p95 {At(0.95):0} ms, slowest {sorted[^1]:0} ms; {threaded} threaded onto their tickets (answers to closed ones open new tickets), {failures} not accepted"));
return failures == 0 ? 0 : 1;

/// <summary>The provider's signature, as the shop checks it: t=unix seconds, v1=hex HMAC-SHA256 of "t." and the raw bytes.</summary>
internal static class Signature
{
    public static string Of(string secret, byte[] body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        mac.AppendData(Encoding.ASCII.GetBytes($"{timestamp}."));
        mac.AppendData(body);
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac.GetHashAndReset())}";
    }
}

/// <summary>A plain PNG of one colour, written by hand: the tool needs no imaging library.</summary>
internal static class Photo
{
    public static byte[] Png(int width, int height)
    {
        var rows = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(rows, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + (width * 3)];
            for (var x = 0; x < width; x++)
            {
                (row[1 + (x * 3)], row[2 + (x * 3)], row[3 + (x * 3)]) = ((byte)(x % 256), 40, 120);
            }

            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 2);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", rows.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typed));
        png.Write(number);
    }

    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}

internal static class Mime
{
    private static readonly string[] Lines =
    [
        "Buongiorno, il mio ordine non è ancora arrivato: potete controllare la spedizione?",
        "안녕하세요, 주문한 코트 사이즈를 교환하고 싶습니다. 환불도 가능한가요?",
        "Hello, the jacket I received is too small. Can I exchange it for a larger size?",
        "Vorrei restituire la gonna: la taglia 42 è troppo grande.",
        "배송이 언제 시작되나요? 선물용이라 날짜가 중요합니다.",
    ];

    public static byte[] Message(int i, string sender, string? token, byte[]? photo)
    {
        var boundary = $"b{i}";
        var text = $"{Lines[i % Lines.Length]}\r\nRiferimento {i}.\r\n";
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"From: Cliente {i} <{sender}>\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: {(token is null ? "support@vetrina.example" : $"support+{token}@vetrina.example")}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: =?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes($"Domanda {i}"))}?=\r\n")
            .Append(CultureInfo.InvariantCulture, $"Message-ID: <load.{i}.{Guid.NewGuid():N}@mail.example.com>\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {DateTimeOffset.UtcNow:R}\r\nMIME-Version: 1.0\r\n");
        if (photo is null)
        {
            head.Append("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").Append(text);
        }
        else
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n")
                .Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}\r\n")
                .Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: image/png; name=\"photo.png\"\r\nContent-Disposition: attachment; filename=\"photo.png\"\r\n")
                .Append("Content-Transfer-Encoding: base64\r\n\r\n").Append(Convert.ToBase64String(photo, Base64FormattingOptions.InsertLineBreaks))
                .Append(CultureInfo.InvariantCulture, $"\r\n--{boundary}--\r\n");
        }

        return Encoding.UTF8.GetBytes(head.ToString());
    }
}
