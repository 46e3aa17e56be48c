using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vetrina.Webhooks.Delivery;

/// <summary>
/// The <c>Vetrina-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" with the endpoint's
/// secret&gt;</c>. Receivers recompute it, compare in constant time and refuse old timestamps, against replays.
/// </summary>
internal static class WebhookSignature
{
    public static string Sign(string secret, string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
