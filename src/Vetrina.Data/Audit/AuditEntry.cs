namespace Vetrina.Data.Audit;

/// <summary>
/// One staff action on shared data: who did what to which record, and when. Written in the same transaction as the
/// change it describes, so the log never claims a change that did not happen nor misses one that did.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = null!;
        Action = null!;
        Subject = null!;
        Details = null!;
    }

    public AuditEntry(DateTimeOffset at, string actor, string action, string subject, string details)
    {
        At = at;
        Actor = Truncate(actor, 256);
        Action = Truncate(action, 64);
        Subject = Truncate(subject, 128);
        Details = Truncate(details, 4000);
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The staff member's email, or "api-token:name" for a token.</summary>
    public string Actor { get; private set; }

    /// <summary>A dotted verb such as <c>style.price-changed</c>.</summary>
    public string Action { get; private set; }

    /// <summary>The record, such as <c>style:KN-0001</c>.</summary>
    public string Subject { get; private set; }

    public string Details { get; private set; }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
