using System.Security.Cryptography;
using System.Text;

namespace Vetrina.Kernel.Security;

/// <summary>Secrets handed out once (API tokens, analytics data streams' <c>api_secret</c>) and kept only as their hash.</summary>
public static class IssuedSecrets
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>40 random characters of 62 after the prefix: 238 bits.</summary>
    public static string New(string prefix) => prefix + RandomNumberGenerator.GetString(Alphabet, 40);

    // With 238 bits of entropy a fast hash is enough; a password hash would only slow every call that presents one.
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
