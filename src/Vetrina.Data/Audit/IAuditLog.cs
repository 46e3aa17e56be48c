namespace Vetrina.Data.Audit;

/// <summary>
/// The one way every module records a staff change: who (the signed-in staff member or API token, else "system"),
/// what, to which record, and when. The entry joins the caller's unit of work, so the log never claims a change that
/// did not happen nor misses one that did.
/// </summary>
public interface IAuditLog
{
    /// <param name="action">A dotted verb such as <c>webhook.create</c>.</param>
    /// <param name="subject">The record, such as <c>order:VT-100042</c>.</param>
    void Record(string action, string subject, string details);
}
