using System.Security.Cryptography;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace Vetrina.IntegrationTests;

/// <summary>The DKIM key pair of a test run, and a verifier that finds the public key as a DNS TXT record would give it.</summary>
public static class TestDkim
{
    public const string Domain = "vetrina.test";
    public const string Selector = "vetrina";

    private static readonly RSA Key = RSA.Create(2048);

    public static string PrivateKeyPem { get; } = Key.ExportRSAPrivateKeyPem();

    public static async Task<bool> VerifyAsync(MimeMessage message)
    {
        var index = message.Headers.IndexOf(HeaderId.DkimSignature);
        return index >= 0 && await new DkimVerifier(new Locator()).VerifyAsync(message, message.Headers[index]);
    }

    private sealed class Locator : DkimPublicKeyLocatorBase
    {
        private static readonly string Record = $"v=DKIM1; k=rsa; p={Convert.ToBase64String(Key.ExportSubjectPublicKeyInfo())}";

        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            domain == Domain && selector == Selector ? GetPublicKey(Record) : throw new InvalidOperationException($"No key for {selector}._domainkey.{domain}");

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain, selector, cancellationToken));
    }
}
