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

    /// <summary>
    /// A complaint or a hard bounce of an address already suppressed as unsubscribed becomes its reason: the stronger
    /// reason is the one the list shows and counts, and an unsubscribe's later undoing must not lift it.
    /// </summary>
    public void Strengthen(SuppressionReason reason, string? detail, DateTimeOffset at)
    {
        if (Reason != SuppressionReason.Unsubscribed || reason is SuppressionReason.Unsubscribed or SuppressionReason.Manual)
        {
            return;
        }

        (Reason, Detail, At) = (reason, detail is { Length: > 500 } ? detail[..500] : detail, at);
    }
}
