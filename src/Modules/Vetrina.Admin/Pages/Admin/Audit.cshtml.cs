using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Pages.Admin;

[Authorize(Policy = StaffPolicies.Administer)]
internal sealed class AuditModel(VetrinaDbContext db) : AdminPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    /// <summary>Keyset paging: entries older than this id.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Subject))
        {
            var subject = Subject.Trim();
            query = query.Where(a => a.Subject.Contains(subject));
        }

        if (!string.IsNullOrWhiteSpace(By))
        {
            var actor = By.Trim();
            query = query.Where(a => a.Actor.Contains(actor));
        }

        if (Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        Entries = await query.OrderByDescending(a => a.Id).Take(PageSize).ToListAsync(cancellationToken);
    }
}
