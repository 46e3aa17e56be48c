using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Templates;
using Vetrina.Kernel.Security;
using Vetrina.Kernel;

namespace Vetrina.EmailMarketing.Pages.Admin.Email;

/// <summary>Liquid templates per language, checked when saved, and previewed as a real contact would receive them.</summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class TemplatesModel(VetrinaDbContext db, EmailPlanner planner, IOptions<SiteOptions> site) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public LocalizedInput Subject { get; set; } = new(null, null, null);

    [BindProperty]
    public LocalizedInput Preheader { get; set; } = new(null, null, null);

    [BindProperty]
    public LocalizedInput Body { get; set; } = new(null, null, null);

    [BindProperty]
    public string? PreviewEmail { get; set; }

    public IReadOnlyList<EmailTemplate> All { get; private set; } = [];

    public (string Subject, string Html)? Preview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id && await db.Set<EmailTemplate>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is { } template)
        {
            Name = template.Name;
            Subject = new(template.Subject.En, template.Subject.It, template.Subject.Ko);
            Preheader = new(template.Preheader?.En, template.Preheader?.It, template.Preheader?.Ko);
            Body = new(template.Body.En, template.Body.It, template.Body.Ko);
        }

        All = await db.Set<EmailTemplate>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (template, errors) = await planner.SaveTemplateAsync(Id, new TemplateInput(Name, Subject, Preheader, Body), cancellationToken);
        if (template is not null)
        {
            Flash($"Template {template.Name} saved.");
            return Redirect($"/admin/email/templates?id={template.Id}");
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        All = await db.Set<EmailTemplate>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Renders the template as typed (saved or not) for one real contact, in the contact's language.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        All = await db.Set<EmailTemplate>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var email = Contact.Normalise(PreviewEmail ?? "");
        var contact = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Email == email, cancellationToken);
        if (contact is null)
        {
            ModelState.AddModelError(nameof(PreviewEmail), "No contact has this address: preview with the address of a real contact.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        string Pick(LocalizedInput text) => contact.Language switch { "it" => text.It, "ko" => text.Ko, _ => null } ?? text.En ?? "";
        var (subject, subjectError) = TemplateRenderer.Parse(Pick(Subject));
        var (body, bodyError) = TemplateRenderer.Parse(Pick(Body));
        if (subject is null || body is null)
        {
            ModelState.AddModelError("Body.En", $"The Liquid does not parse: {subjectError ?? bodyError}");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var publicUrl = site.Value.Base;
        var model = new MessageModel(contact.Email, contact.FirstName, contact.LastName, contact.Language, contact.Country, "Vetrina", publicUrl,
            $"{publicUrl}/e/u/preview", []);
        Preview = (MarketingRules.Subject(TemplateRenderer.RenderText(subject, model), MarketingRules.CountryOfRules(contact.Country, contact.Language)),
            TemplateRenderer.RenderHtml(body, model));
        return Page();
    }
}
