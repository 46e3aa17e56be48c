using System.Security.Cryptography;
using System.Text;

namespace Vetrina.EmailMarketing.Sending;

/// <summary>Signs click-tracking links with the campaign's key: the redirect follows only links the email really had.</summary>
internal static class LinkSigner
{
    public static string Sign(string key, string token, string url) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes($"{token}\n{url}")))[..20];

    public static bool Verify(string key, string token, string url, string? signature) =>
        signature is { Length: 20 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(key, token, url)), Encoding.ASCII.GetBytes(signature));
}
