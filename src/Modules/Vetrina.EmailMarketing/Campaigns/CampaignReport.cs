using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Reporting;
using Vetrina.Data;

namespace Vetrina.EmailMarketing.Campaigns;

/// <summary>
/// A campaign's figures, as Klaviyo reports them (docs/kpis.md): rates over delivered emails, unique opens with
/// machine opens flagged and not removed, orders and net revenue earned under last click by the campaign's utm_campaign
/// within 30 days of sending.
/// </summary>
public sealed record CampaignFigures(int Recipients, int Sent, int Delivered, int Bounced, int Skipped, int Opened, int MachineOpened, int Clicked,
    int Unsubscribed, int Complained, double Orders, long RevenueMinor, int OpenedA, int DeliveredA, int OpenedB, int DeliveredB)
{
    public decimal? OpenRate => Delivered > 0 ? Math.Round((decimal)Opened / Delivered, 4) : null;

    public decimal? ClickRate => Delivered > 0 ? Math.Round((decimal)Clicked / Delivered, 4) : null;

    public decimal? ClickToOpenRate => Opened > 0 ? Math.Round((decimal)Clicked / Opened, 4) : null;

    public decimal? UnsubscribeRate => Delivered > 0 ? Math.Round((decimal)Unsubscribed / Delivered, 4) : null;
}

public sealed class CampaignReport(VetrinaDbContext db, AnalyticsReports analytics, TimeProvider clock)
{
    public const int AttributionDays = 30;

    public async Task<CampaignFigures?> ForAsync(int campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<EmailCampaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var sends = db.Set<EmailSend>().AsNoTracking().Where(s => s.CampaignId == campaignId);
        var counts = await sends.GroupBy(_ => 1).Select(g => new
        {
            Recipients = g.Count(),
            Sent = g.Count(s => s.SentAt != null),
            Delivered = g.Count(s => s.SentAt != null && s.BouncedAt == null),
            Bounced = g.Count(s => s.BouncedAt != null),
            Skipped = g.Count(s => s.Skipped != null && s.BouncedAt == null),
            Opened = g.Count(s => s.OpenedAt != null),
            Machine = g.Count(s => s.OpenedAt != null && s.MachineOpen),
            Clicked = g.Count(s => s.ClickedAt != null),
            Unsubscribed = g.Count(s => s.UnsubscribedAt != null),
            Complained = g.Count(s => s.ComplainedAt != null),
            OpenedA = g.Count(s => s.Variant == 'A' && s.OpenedAt != null && !s.MachineOpen),
            DeliveredA = g.Count(s => s.Variant == 'A' && s.SentAt != null && s.BouncedAt == null),
            OpenedB = g.Count(s => s.Variant == 'B' && s.OpenedAt != null && !s.MachineOpen),
            DeliveredB = g.Count(s => s.Variant == 'B' && s.SentAt != null && s.BouncedAt == null),
        }).SingleOrDefaultAsync(cancellationToken);
        if (counts is null)
        {
            return new CampaignFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        var (orders, revenue) = (0d, 0L);
        if (campaign.StartedAt is { } started)
        {
            var from = DateOnly.FromDateTime(started.UtcDateTime);
            var to = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var earned = await analytics.AttributionAsync(new ReportFilter(from, to < from.AddDays(AttributionDays) ? to : from.AddDays(AttributionDays)),
                AttributionDays, byCampaign: true, cancellationToken, [campaign.UtmCampaign]);
            var last = (int)AttributionModel.LastClick;
            if (earned.FirstOrDefault(r => r.Key == campaign.UtmCampaign) is { } row)
            {
                (orders, revenue) = (row.Orders[last], row.RevenueMinor[last]);
            }
        }

        return new CampaignFigures(counts.Recipients, counts.Sent, counts.Delivered, counts.Bounced, counts.Skipped, counts.Opened, counts.Machine, counts.Clicked,
            counts.Unsubscribed, counts.Complained, orders, revenue, counts.OpenedA, counts.DeliveredA, counts.OpenedB, counts.DeliveredB);
    }
}
