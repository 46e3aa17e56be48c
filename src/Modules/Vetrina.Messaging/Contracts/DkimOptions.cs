namespace Vetrina.Messaging.Contracts;

/// <summary>
/// Configuration section <c>Vetrina:Smtp:Dkim</c>: the one DKIM key (RFC 6376) that signs every email the shop sends,
/// transactional and marketing alike. On when a domain and a private key are given.
/// </summary>
public sealed class DkimOptions
{
    /// <summary>The signing domain (<c>d=</c>): the From domain or a domain it sits under, or DMARC does not align.</summary>
    public string? Domain { get; set; }

    public string Selector { get; set; } = "vetrina";

    /// <summary>The RSA private key in PEM, inline.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>Or the path of a PEM file holding it.</summary>
    public string? PrivateKeyFile { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Domain) && (!string.IsNullOrWhiteSpace(PrivateKey) || !string.IsNullOrWhiteSpace(PrivateKeyFile));
}
