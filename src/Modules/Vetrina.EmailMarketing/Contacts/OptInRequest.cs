namespace Vetrina.EmailMarketing.Contacts;

/// <summary>A double opt-in waiting for its click. Only the token's hash is kept: the link in the email is the only key.</summary>
internal sealed class OptInRequest
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    private OptInRequest()
    {
        TokenHash = null!;
        Source = null!;
    }

    public OptInRequest(long contactId, string tokenHash, string source, int? listId, bool nightConsent, DateTimeOffset at)
    {
        ContactId = contactId;
        TokenHash = tokenHash;
        Source = source;
        ListId = listId;
        NightConsent = nightConsent;
        RequestedAt = at;
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public string TokenHash { get; private set; }

    public string Source { get; private set; }

    public int? ListId { get; private set; }

    public bool NightConsent { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool IsOpen(DateTimeOffset now) => ConfirmedAt is null && now - RequestedAt < ValidFor;

    public void Confirm(DateTimeOffset at) => ConfirmedAt = at;
}
