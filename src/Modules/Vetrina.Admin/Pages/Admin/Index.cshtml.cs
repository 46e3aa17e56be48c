using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Domain;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Pages.Admin;

[Authorize(Policy = StaffPolicies.Staff)]
public sealed class IndexModel(VetrinaDbContext db, UserManager<IdentityUser> users) : AdminPageModel
{
    public IReadOnlyList<(Lifecycle Stage, int Count)> ByLifecycle { get; private set; } = [];

    public int Skus { get; private set; }

    public IReadOnlyList<AuditEntry> Recent { get; private set; } = [];

    public bool TwoFactorOn { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        TwoFactorOn = user is not null && await users.GetTwoFactorEnabledAsync(user);
        if (User.IsInRole(StaffRoles.Admin) || User.IsInRole(StaffRoles.EcommerceManager) || User.IsInRole(StaffRoles.MarketingManager))
        {
            var counts = await db.Set<Style>().GroupBy(s => s.Lifecycle).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            ByLifecycle = [.. Enum.GetValues<Lifecycle>().Select(stage => (stage, counts.FirstOrDefault(c => c.Key == stage)?.Count ?? 0))];
            Skus = await db.Set<Sku>().CountAsync(cancellationToken);
        }

        if (User.IsInRole(StaffRoles.Admin))
        {
            Recent = await db.AuditLog.OrderByDescending(a => a.Id).Take(8).ToListAsync(cancellationToken);
        }
    }
}
