using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Spend;
using Vetrina.Data;

namespace Vetrina.Analytics.Aggregation;

/// <summary>
/// Names the campaign of visits whose address carried an ad network's ids but no campaign name (Google Ads' auto-tagging
/// adds a gclid and a campaign id, not utm_campaign): by the campaign id, from imported cost reports that list campaign
/// ids; otherwise by the click id, from an imported click report. Unnamed, they would credit no campaign, and CPA and ROAS
/// would fall short.
/// </summary>
internal static class UntaggedCampaigns
{
    private const int Chunk = 500;

    public static async Task NameAsync(VetrinaDbContext db, IReadOnlyList<RawEvent> events, CancellationToken cancellationToken)
    {
        var untagged = events.Where(e => e.Campaign is null && (e.CampaignId ?? e.ClickKey) is not null).ToList();
        if (untagged.Count == 0)
        {
            return;
        }

        var byId = new Dictionary<string, string>();
        foreach (var chunk in untagged.Select(e => e.CampaignId).OfType<string>().Distinct().Chunk(Chunk))
        {
            foreach (var named in await db.Set<AdSpend>().AsNoTracking().Where(s => s.CampaignId != null && chunk.Contains(s.CampaignId))
                .GroupBy(s => s.CampaignId!).Select(g => new { Id = g.Key, Campaign = g.Max(s => s.Campaign)! }).ToListAsync(cancellationToken))
            {
                byId[named.Id] = named.Campaign;
            }
        }

        var byClick = new Dictionary<string, string>();
        foreach (var chunk in untagged.Select(e => e.ClickKey).OfType<string>().Distinct().Chunk(Chunk))
        {
            foreach (var click in await db.Set<AdClick>().AsNoTracking().Where(c => chunk.Contains(c.ClickKey)).ToListAsync(cancellationToken))
            {
                byClick[click.ClickKey] = click.Campaign;
            }
        }

        foreach (var e in untagged)
        {
            e.Campaign = e.CampaignId is { } id && byId.TryGetValue(id, out var campaign) ? campaign
                : e.ClickKey is { } key && byClick.TryGetValue(key, out var clicked) ? clicked
                : null;
        }
    }
}
