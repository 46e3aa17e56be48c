using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.ApiTokens;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel.Security;

namespace Vetrina.Admin.Pages.Admin;

[Authorize(Policy = StaffPolicies.Administer)]
internal sealed class ApiTokensModel(VetrinaDbContext db, TimeProvider clock) : AdminPageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The secret of a token just created, shown once.</summary>
    public string? Secret { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Name the token after what uses it, e.g. \"ERP sync\".")]
    [StringLength(80, ErrorMessage = "A name has at most 80 characters.")]
    public string? Name { get; set; }

    [BindProperty]
    public string Role { get; set; } = StaffRoles.EcommerceManager;

    [BindProperty]
    [Range(0, 3650, ErrorMessage = "Give 0 (never) to 3650 days.")]
    public int ExpiresInDays { get; set; } = 365;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!StaffRoles.IsRole(Role))
        {
            ModelState.AddModelError(nameof(Role), "Choose one of the roles.");
        }

        if (ModelState.IsValid)
        {
            var now = clock.GetUtcNow();
            var (token, secret) = ApiToken.Issue(Name!, Role, Actor, now, ExpiresInDays == 0 ? null : now.AddDays(ExpiresInDays));
            db.Add(token);
            db.AuditLog.Add(new AuditEntry(now, Actor, "api-token.created", $"api-token:{token.Name}", $"Role {token.Role}, expires {token.ExpiresAt:yyyy-MM-dd}."));
            await db.SaveChangesAsync(cancellationToken);
            Secret = secret;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        var token = await db.Set<ApiToken>().FindAsync([id], cancellationToken);
        if (token is not null)
        {
            var now = clock.GetUtcNow();
            token.Revoke(now);
            db.AuditLog.Add(new AuditEntry(now, Actor, "api-token.revoked", $"api-token:{token.Name}", "Revoked."));
            await db.SaveChangesAsync(cancellationToken);
            Flash($"Token \"{token.Name}\" is revoked; calls with it now get 401.");
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Tokens = await db.Set<ApiToken>().AsNoTracking().OrderByDescending(t => t.Id).ToListAsync(cancellationToken);
    }
}
