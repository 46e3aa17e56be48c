using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Segments;
using Vetrina.EmailMarketing.Templates;
using Vetrina.Kernel.Security;

namespace Vetrina.EmailMarketing.Pages.Admin.Email;

/// <summary>A campaign: template, segment (with how many it will reach, after consent and suppression), products, an optional A/B subject and when to send.</summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class NewCampaignModel(VetrinaDbContext db, EmailPlanner planner, CampaignAudience audience) : AdminPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? UtmCampaign { get; set; }

    [BindProperty]
    public int? TemplateId { get; set; }

    [BindProperty]
    public int? SegmentId { get; set; }

    [BindProperty]
    public string? Products { get; set; }

    [BindProperty]
    public bool AboutBoughtProducts { get; set; }

    [BindProperty]
    public string? SubjectB { get; set; }

    [BindProperty]
    public int? TestPercent { get; set; } = 20;

    [BindProperty]
    public int? WinnerAfterMinutes { get; set; } = 240;

    /// <summary>Local date and time as the browser's datetime-local input gives it, read as UTC.</summary>
    [BindProperty]
    public string? SendAt { get; set; }

    public IReadOnlyList<EmailTemplate> Templates { get; private set; } = [];

    public IReadOnlyList<Segment> Segments { get; private set; } = [];

    public int? Reach { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>How many the campaign would reach now, without saving it.</summary>
    public async Task<IActionResult> OnPostCountAsync(CancellationToken cancellationToken)
    {
        Reach = await (await audience.ForAsync(SegmentId, AboutBoughtProducts, cancellationToken)).CountAsync(cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? sendAt = null;
        if (!string.IsNullOrWhiteSpace(SendAt))
        {
            if (DateTime.TryParse(SendAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                sendAt = new DateTimeOffset(at, TimeSpan.Zero);
            }
            else
            {
                ModelState.AddModelError(nameof(SendAt), "Give a date and time like 2026-12-01 09:00, or leave it empty to send now.");
            }
        }

        var input = new CampaignInput(Name, UtmCampaign, TemplateId, SegmentId, Products, AboutBoughtProducts, SubjectB, TestPercent, WinnerAfterMinutes, sendAt);
        var (campaign, errors) = ModelState.IsValid ? await planner.CreateCampaignAsync(input, Actor, cancellationToken) : (null, new Dictionary<string, string>());
        if (campaign is not null)
        {
            Flash($"Campaign {campaign.Name} scheduled for {campaign.ScheduledAt:yyyy-MM-dd HH:mm} UTC.");
            return Redirect("/admin/email");
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], message);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Templates = await db.Set<EmailTemplate>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        Segments = await db.Set<Segment>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }
}
