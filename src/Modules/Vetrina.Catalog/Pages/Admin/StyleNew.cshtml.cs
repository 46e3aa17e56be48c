using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Editing;
using Vetrina.Data;
using Vetrina.Kernel.Security;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Catalog.Pages.Admin;

/// <summary>Creates a style as a draft; colourways, sizes and prices follow on its own page.</summary>
[Authorize(Policy = StaffPolicies.CatalogueWrite)]
internal sealed class StyleNewModel(CatalogEditor editor, VetrinaDbContext db) : AdminPageModel
{
    public StyleDetailsInput Details { get; private set; } = new() { Origin = "IT" };

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    public IReadOnlyList<Season> Seasons { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(StyleDetailsInput details, CancellationToken cancellationToken)
    {
        Details = details;
        var (errors, fibres) = details.Validate(isNew: true);
        if (!ModelState.IsValid)
        {
            errors["details"] = "A field holds a value this form does not offer. Reload the page and try again.";
        }

        if (errors.Count == 0)
        {
            var outcome = await editor.CreateAsync(Actor, now => new Style(details.Code!, details.Name(), details.Description(), details.Care(),
                details.CategoryId, details.SeasonId, details.Gender, details.Origin!, fibres, now), cancellationToken);
            if (outcome.Status == EditStatus.Saved)
            {
                Flash($"Created {outcome.Style!.Code} as a draft. Add colourways, sizes and prices, then move it to New in.");
                return Redirect($"/admin/styles/{outcome.Style.Code}");
            }

            errors[nameof(StyleDetailsInput.Code)] = outcome.Error!;
        }

        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }

        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);
        Seasons = await db.Set<Season>().AsNoTracking().OrderBy(s => s.StartsOn).ToListAsync(cancellationToken);
    }
}
