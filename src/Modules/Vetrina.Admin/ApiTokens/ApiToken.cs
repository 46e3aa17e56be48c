using Vetrina.Kernel.Security;

namespace Vetrina.Admin.ApiTokens;

/// <summary>
/// A staff API token for integrations. Only its SHA-256 hash is stored: the token itself is shown once, when created.
/// A token acts with one staff role, never more than the admin who created it chose.
/// </summary>
internal sealed class ApiToken
{
    public const string Prefix = "vtr_";

    private ApiToken()
    {
        Name = null!;
        Role = null!;
        Hash = null!;
        Hint = null!;
        CreatedBy = null!;
    }

    private ApiToken(string name, string role, string hash, string hint, string createdBy, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        Name = name;
        Role = role;
        Hash = hash;
        Hint = hint;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Role { get; private set; }

    public string Hash { get; private set; }

    /// <summary>The last four characters, so staff can tell tokens apart.</summary>
    public string Hint { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>Creates a token; the secret comes back once and is never stored.</summary>
    public static (ApiToken Token, string Secret) Issue(string name, string role, string createdBy, DateTimeOffset now, DateTimeOffset? expiresAt)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 80)
        {
            throw new ArgumentException("A token needs a name of 1 to 80 characters.", nameof(name));
        }

        if (!StaffRoles.IsRole(role))
        {
            throw new ArgumentException($"'{role}' is not a staff role.", nameof(role));
        }

        var secret = IssuedSecrets.New(Prefix);
        return (new ApiToken(name.Trim(), role, IssuedSecrets.HashOf(secret), secret[^4..], createdBy, now, expiresAt), secret);
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;
}
