using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Analytics.Contracts;
using Vetrina.Data;
using Vetrina.Kernel.Security;
using Vetrina.Marketing.TrackedLinks;

namespace Vetrina.Marketing.Pages.Admin.Marketing;

/// <summary>Campaigns with their dates, budget and goal, what they have spent and earned so far, and their short tracked links.</summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class CampaignsModel(VetrinaDbContext db, CampaignPlanner planner, ICampaignResults results) : AdminPageModel
{
    [BindProperty]
    public CampaignInput Input { get; set; } = new(null, null, null, null, null, null, "EUR", null);

    [BindProperty]
    public long LinkCampaign { get; set; }

    [BindProperty]
    public string? LinkTarget { get; set; }

    [BindProperty]
    public string? LinkSource { get; set; }

    [BindProperty]
    public string? LinkMedium { get; set; }

    [BindProperty]
    public string? LinkContent { get; set; }

    public IReadOnlyList<(Campaign Campaign, CampaignResult Spend)> Campaigns { get; private set; } = [];

    public IReadOnlyList<(TrackedLink Link, string Campaign)> Links { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (campaign, errors) = await planner.CreateAsync(Input, cancellationToken);
        return await AnswerAsync(errors, "Input.", $"Campaign {campaign?.Name} planned.", cancellationToken);
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken)
    {
        var (link, errors) = await planner.CreateLinkAsync(LinkCampaign, LinkTarget, LinkSource, LinkMedium, LinkContent, cancellationToken);
        return await AnswerAsync(errors, "Link", $"Short link /l/{link?.Code} made.", cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(IReadOnlyDictionary<string, string> errors, string prefix, string done, CancellationToken cancellationToken)
    {
        if (errors.Count == 0)
        {
            Flash(done);
            return RedirectToPage();
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(prefix + field, message);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var campaigns = await db.Set<Campaign>().AsNoTracking().OrderByDescending(c => c.StartsOn).ToListAsync(cancellationToken);
        var rows = new List<(Campaign, CampaignResult)>();
        foreach (var campaign in campaigns)
        {
            rows.Add((campaign, await results.ForAsync(campaign.Name, campaign.StartsOn, campaign.EndsOn, cancellationToken)));
        }

        Campaigns = rows;
        var names = campaigns.ToDictionary(c => c.Id, c => c.Name);
        Links = [.. (await db.Set<TrackedLink>().AsNoTracking().OrderByDescending(l => l.Id).Take(100).ToListAsync(cancellationToken))
            .Select(l => (l, names.GetValueOrDefault(l.CampaignId, "")))];
    }
}
