using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.Kernel.Security;
using Vetrina.Privacy.Contracts;

namespace Vetrina.EmailMarketing.Pages.Admin.Email;

/// <summary>Contacts: find one, see its consent and the proof of every consent step, and import a CSV (all or nothing).</summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class ContactsModel(VetrinaDbContext db, ContactImport import, IConsentLedger ledger) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    public int Total { get; private set; }

    public IReadOnlyList<Contact> Found { get; private set; } = [];

    public Contact? Selected { get; private set; }

    public IReadOnlyList<ConsentStatement> Proof { get; private set; } = [];

    public ImportResult? Imported { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file with an email column.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            // The form reader has buffered the upload already: the CSV parser may read it synchronously.
            await using var stream = file.OpenReadStream();
            Imported = await import.ImportAsync(stream, file.FileName, Actor, cancellationToken);
            if (Imported.Errors.Count > 0)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Total = await db.Set<Contact>().CountAsync(cancellationToken);
        var contacts = db.Set<Contact>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Contact.Normalise(Q);
            contacts = contacts.Where(c => c.Email.StartsWith(q));
        }

        Found = await contacts.OrderBy(c => c.Email).Take(50).ToListAsync(cancellationToken);
        if (Id is { } id)
        {
            Selected = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            Proof = Selected is null ? [] : await ledger.OfEmailAsync(Selected.Email, cancellationToken);
        }
    }
}
