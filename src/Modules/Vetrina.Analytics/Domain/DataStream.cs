namespace Vetrina.Analytics.Domain;

/// <summary>
/// A source of events that is not a browser (a shop's server, a till, an app's back end), as GA4's Measurement Protocol
/// knows it: events sent with its secret are taken whatever the sender's user agent. Only the secret's SHA-256 is kept,
/// so a stolen database gives no secret; a revoked stream's secret is refused from then on.
/// </summary>
internal sealed class DataStream(string name, string secretHash, DateTimeOffset createdAt, string createdBy)
{
    public const int NameLength = 60;

    public long Id { get; private set; }

    public string Name { get; private set; } = name;

    public string SecretHash { get; private set; } = secretHash;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    public string CreatedBy { get; private set; } = createdBy;

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool Active => RevokedAt is null;

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
