namespace Vetrina.EmailMarketing.Contacts;

internal enum SuppressionReason
{
    Unsubscribed,
    HardBounce,
    Complaint,
    Manual,
}

/// <summary>An address no marketing email goes to, whatever a segment or an import says.</summary>
internal sealed class Suppression
{
    private Suppression()
    {
        Email = null!;
    }

    public Suppression(string email, SuppressionReason reason, string? detail, DateTimeOffset at)
    {
        Email = Contact.Normalise(email);
        Reason = reason;
        Detail = detail is { Length: > 500 } ? detail[..500] : detail;
        At = at;
    }

    public long Id { get; private set; }

    public string Email { get; private set; }

    public SuppressionReason Reason { get; private set; }

    public string? Detail { get; private set; }

    public DateTimeOffset At { get; private set; }
}
