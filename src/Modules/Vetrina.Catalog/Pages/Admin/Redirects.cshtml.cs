using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Seo;
using Vetrina.Data;
using Vetrina.Kernel.Security;

namespace Vetrina.Catalog.Pages.Admin;

/// <summary>Manual redirects: add, replace, remove; the automatic ones of renamed products need no care.</summary>
[Authorize(Policy = StaffPolicies.SeoManage)]
internal sealed class RedirectsModel(VetrinaDbContext db, Redirects redirects, TimeProvider clock) : AdminPageModel
{
    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public bool Temporary { get; set; }

    public IReadOnlyList<RedirectRule> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await redirects.SaveAsync(db, From, To, !Temporary, Actor, clock.GetUtcNow(), cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, message);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Flash($"{From} now leads to {To}.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        await redirects.DeleteAsync(db, id, Actor, clock.GetUtcNow(), cancellationToken);
        Flash("Redirect removed.");
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Rules = await db.Set<RedirectRule>().AsNoTracking().OrderBy(r => r.From).ToListAsync(cancellationToken);
}
