using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Content.Articles;
using Vetrina.Content.ShopPages;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;

namespace Vetrina.Content.Pages.Admin;

/// <summary>The shop's standing pages and their editor: each save is a new version, the earlier ones listed with their dates.</summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class ShopPagesModel(VetrinaDbContext db, ShopPageDirectory directory, TimeProvider clock) : AdminPageModel
{
    public IReadOnlyList<ShopPage> All { get; private set; } = [];

    public ShopPage? Editing { get; private set; }

    [BindProperty]
    public TextInput Title { get; set; } = new(null, null, null);

    [BindProperty]
    public TextInput Body { get; set; } = new(null, null, null);

    /// <summary>The version the editor started from: saving over someone else's newer one is refused.</summary>
    [BindProperty]
    public int Version { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? handle, bool saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(handle, cancellationToken))
        {
            return NotFound();
        }

        Saved = saved;
        if (Editing is { } page)
        {
            (Title, Body, Version) = (new(page.Title.En, page.Title.It, page.Title.Ko), new(page.Body.En, page.Body.It, page.Body.Ko), page.Version);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromQuery] string handle, CancellationToken cancellationToken)
    {
        var page = await db.Set<ShopPage>().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Handle == handle, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Check("Title", Title, 200);
        Check("Body", Body, 100_000);
        if (page.Version != Version)
        {
            ModelState.AddModelError(string.Empty, $"{page.UpdatedBy} saved version {page.Version} while you were editing version {Version}. Copy your text, reload the page and apply it again.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(handle, cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        page.Revise(Text(Title), Text(Body), Actor, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        directory.Forget();
        return Redirect($"/admin/content/pages?handle={Uri.EscapeDataString(handle)}&saved=true");
    }

    private void Check(string field, TextInput input, int max)
    {
        if (string.IsNullOrWhiteSpace(input.En))
        {
            ModelState.AddModelError($"{field}.En", "English is required: the shop shows it where another language is missing.");
        }

        foreach (var (code, value) in new[] { ("En", input.En), ("It", input.It), ("Ko", input.Ko) })
        {
            if (value?.Length > max)
            {
                ModelState.AddModelError($"{field}.{code}", $"At most {max:N0} characters.");
            }
        }
    }

    private static LocalizedText Text(TextInput input) =>
        new(input.En!.Trim(), string.IsNullOrWhiteSpace(input.It) ? null : input.It.Trim(), string.IsNullOrWhiteSpace(input.Ko) ? null : input.Ko.Trim());

    private async Task<bool> LoadAsync(string? handle, CancellationToken cancellationToken)
    {
        All = await db.Set<ShopPage>().AsNoTracking().OrderBy(p => p.Position).ToListAsync(cancellationToken);
        if (handle is null)
        {
            return true;
        }

        Editing = await db.Set<ShopPage>().AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Handle == handle, cancellationToken);
        return Editing is not null;
    }
}
