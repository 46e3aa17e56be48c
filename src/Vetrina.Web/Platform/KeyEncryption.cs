using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Vetrina.Web.Platform;

/// <summary>
/// <c>Vetrina:DataProtection:Certificate</c>: a PKCS#12 file (<c>Path</c>, <c>Password</c>) whose public key encrypts
/// the data-protection keys before they are stored, so that a copy of the database (a backup, a stolen dump) cannot
/// forge sign-in cookies or read protected values without the certificate's private key, which never enters the
/// database. <c>PreviousCertificates</c> lists certificates retired from encrypting that may still decrypt keys written
/// under them. Without a certificate keys are stored as they are, which a laptop install may accept and production
/// should not.
/// </summary>
internal static class KeyEncryption
{
    public static void Configure(IDataProtectionBuilder keys, IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection("Vetrina:DataProtection");
        if (Load(section.GetSection("Certificate"), contentRoot) is not { } current)
        {
            return;
        }

        keys.ProtectKeysWithCertificate(current);
        var previous = section.GetSection("PreviousCertificates").GetChildren().Select(c => Load(c, contentRoot)).OfType<X509Certificate2>().ToArray();
        if (previous.Length > 0)
        {
            keys.UnprotectKeysWithAnyCertificate([current, .. previous]);
        }
    }

    private static X509Certificate2? Load(IConfigurationSection section, string contentRoot)
    {
        if (section["Path"] is not { Length: > 0 } path)
        {
            return null;
        }

        var file = Path.GetFullPath(path, contentRoot);
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"{section.Path}:Path names {file}, which does not exist: the data-protection keys cannot be encrypted without it.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{file} has no private key: the nodes could not decrypt the keys it encrypts.");
    }
}
