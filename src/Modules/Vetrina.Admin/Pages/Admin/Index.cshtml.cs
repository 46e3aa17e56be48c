using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Pages.Admin;

/// <summary>The home page: the cards of every module this person may see, and (for admins) the latest changes.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
internal sealed class IndexModel(VetrinaDbContext db, UserManager<IdentityUser> users, IEnumerable<IBackOfficeCard> cards, IAuthorizationService authorization)
    : AdminPageModel
{
    public IReadOnlyList<BackOfficeCard> Cards { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Recent { get; private set; } = [];

    public bool TwoFactorOn { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        TwoFactorOn = user is not null && await users.GetTwoFactorEnabledAsync(user);
        var shown = new List<BackOfficeCard>();
        foreach (var card in cards.OrderBy(c => c.Order))
        {
            if ((await authorization.AuthorizeAsync(User, card.Policy)).Succeeded)
            {
                shown.Add(await card.ShowAsync(cancellationToken));
            }
        }

        Cards = shown;
        if ((await authorization.AuthorizeAsync(User, StaffPolicies.Administer)).Succeeded)
        {
            Recent = await db.AuditLog.OrderByDescending(a => a.Id).Take(8).ToListAsync(cancellationToken);
        }
    }
}
