using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.EmailMarketing.Automations;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Segments;
using Vetrina.Kernel.Security;

namespace Vetrina.EmailMarketing.Pages.Admin.Email;

/// <summary>Email at a glance: who may be written to, every campaign with its report, and the flows with their switches.</summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class IndexModel(VetrinaDbContext db, CampaignReport reports, AutomationEngine flows) : AdminPageModel
{
    public IReadOnlyDictionary<EmailConsent, int> Consents { get; private set; } = new Dictionary<EmailConsent, int>();

    public int Suppressed { get; private set; }

    public IReadOnlyList<(EmailCampaign Campaign, CampaignFigures Figures)> Campaigns { get; private set; } = [];

    public IReadOnlyList<AutomationSummary> Flows { get; private set; } = [];

    /// <summary>The saved segments a flow may be narrowed to, by id.</summary>
    public IReadOnlyDictionary<int, string> Segments { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Consents = await db.Set<Contact>().GroupBy(c => c.Consent).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Suppressed = await db.Set<Suppression>().CountAsync(cancellationToken);
        var campaigns = await db.Set<EmailCampaign>().AsNoTracking().OrderByDescending(c => c.Id).Take(50).ToListAsync(cancellationToken);
        var figures = await reports.ForManyAsync(campaigns, cancellationToken);
        Campaigns = [.. campaigns.Select(c => (c, figures[c.Id]))];
        Flows = await flows.OverviewAsync(cancellationToken);
        Segments = await db.Set<Segment>().AsNoTracking().OrderBy(s => s.Name).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
    }

    public async Task<IActionResult> OnPostFlowAsync(AutomationKind kind, bool enabled, int smartSendingHours, int winBackDays, int segmentId,
        CancellationToken cancellationToken)
    {
        var errors = await flows.ConfigureAsync(kind, new AutomationSettings(enabled, smartSendingHours, winBackDays, segmentId), cancellationToken);
        Flash(errors.Count == 0 ? $"{kind} {(enabled ? "switched on" : "switched off")}." : string.Join(" ", errors.Values));
        return RedirectToPage();
    }

    public static string Rate(decimal? rate) => rate is { } r ? r.ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
