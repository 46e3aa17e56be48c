using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Contracts;
using Vetrina.Data;

namespace Vetrina.EmailMarketing.Campaigns;

/// <summary>
/// A campaign's figures, as Klaviyo reports them (docs/kpis.md): rates over delivered emails, unique opens with
/// machine opens flagged and not removed, orders and net revenue since sending earned under last click (30-day lookback)
/// by the campaign's utm_campaign.
/// </summary>
internal sealed record CampaignFigures(int Recipients, int Sent, int Delivered, int Bounced, int Skipped, int Opened, int MachineOpened, int Clicked,
    int Unsubscribed, int Complained, double Orders, long RevenueMinor, int OpenedA, int DeliveredA, int OpenedB, int DeliveredB)
{
    public decimal? OpenRate => Delivered > 0 ? Math.Round((decimal)Opened / Delivered, 4) : null;

    public decimal? ClickRate => Delivered > 0 ? Math.Round((decimal)Clicked / Delivered, 4) : null;

    public decimal? ClickToOpenRate => Opened > 0 ? Math.Round((decimal)Clicked / Opened, 4) : null;

    public decimal? UnsubscribeRate => Delivered > 0 ? Math.Round((decimal)Unsubscribed / Delivered, 4) : null;
}

internal sealed class CampaignReport(VetrinaDbContext db, ICampaignResults analytics, TimeProvider clock)
{
    /// <summary>The attribution lookback: an order counts for the campaign whose email was clicked within this many days before it.</summary>
    public const int AttributionDays = 30;

    private static readonly CampaignFigures Nothing = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public async Task<CampaignFigures?> ForAsync(int campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<EmailCampaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        return campaign is null ? null : (await ForManyAsync([campaign], cancellationToken))[campaignId];
    }

    /// <summary>The figures of several campaigns in two queries: one over their sends, one attribution over their UTM names.</summary>
    public async Task<IReadOnlyDictionary<int, CampaignFigures>> ForManyAsync(IReadOnlyList<EmailCampaign> campaigns, CancellationToken cancellationToken)
    {
        var ids = campaigns.Select(c => c.Id).ToList();
        var counts = await db.Set<EmailSend>().AsNoTracking().Where(s => ids.Contains(s.CampaignId)).GroupBy(s => s.CampaignId).Select(g => new
        {
            Campaign = g.Key,
            Recipients = g.Count(),
            Sent = g.Count(s => s.FinishedAt != null),
            Delivered = g.Count(s => s.FinishedAt != null && s.BouncedAt == null),
            Bounced = g.Count(s => s.BouncedAt != null),
            Skipped = g.Count(s => s.Skipped != null && s.BouncedAt == null),
            Opened = g.Count(s => s.OpenedAt != null),
            Machine = g.Count(s => s.OpenedAt != null && s.MachineOpen),
            Clicked = g.Count(s => s.ClickedAt != null),
            Unsubscribed = g.Count(s => s.UnsubscribedAt != null),
            Complained = g.Count(s => s.ComplainedAt != null),
            OpenedA = g.Count(s => s.Variant == 'A' && s.OpenedAt != null && !s.MachineOpen),
            DeliveredA = g.Count(s => s.Variant == 'A' && s.FinishedAt != null && s.BouncedAt == null),
            OpenedB = g.Count(s => s.Variant == 'B' && s.OpenedAt != null && !s.MachineOpen),
            DeliveredB = g.Count(s => s.Variant == 'B' && s.FinishedAt != null && s.BouncedAt == null),
        }).ToDictionaryAsync(c => c.Campaign, cancellationToken);

        var started = campaigns.Where(c => c.StartedAt is not null).ToList();
        var earned = new Dictionary<string, (double Orders, long Revenue)>();
        if (started.Count > 0)
        {
            var from = DateOnly.FromDateTime(started.Min(c => c.StartedAt!.Value).UtcDateTime);
            var to = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            foreach (var (campaign, result) in await analytics.EarningsAsync([.. started.Select(c => c.UtmCampaign).Distinct()], from, to, AttributionDays,
                cancellationToken))
            {
                earned[campaign] = (result.Orders, result.RevenueMinor);
            }
        }

        return campaigns.ToDictionary(c => c.Id, c => counts.TryGetValue(c.Id, out var n)
            ? new CampaignFigures(n.Recipients, n.Sent, n.Delivered, n.Bounced, n.Skipped, n.Opened, n.Machine, n.Clicked, n.Unsubscribed, n.Complained,
                c.StartedAt is null ? 0 : earned.GetValueOrDefault(c.UtmCampaign).Orders, c.StartedAt is null ? 0 : earned.GetValueOrDefault(c.UtmCampaign).Revenue,
                n.OpenedA, n.DeliveredA, n.OpenedB, n.DeliveredB)
            : Nothing);
    }
}
