using Microsoft.AspNetCore.Http;

namespace Vetrina.Data.Audit;

internal sealed class AuditLog(VetrinaDbContext db, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    public void Record(string action, string subject, string details) =>
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), http.HttpContext?.User.Identity?.Name ?? "system", action, subject, details));
}
