using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Kernel;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Segments;

namespace Vetrina.EmailMarketing.Campaigns;

/// <summary>
/// Who a campaign may go to: the segment's contacts whose consent covers it (<see cref="MarketingRules.MayReceive"/>, as
/// one query) and whose address is not suppressed.
/// </summary>
internal sealed class CampaignAudience(VetrinaDbContext db, SegmentQuery segments, TimeProvider clock)
{
    private static readonly List<string> European = [.. Countries.EuropeanUnion];

    public async Task<IQueryable<Contact>> ForAsync(int? segmentId, bool aboutBoughtProducts, CancellationToken cancellationToken)
    {
        var contacts = db.Set<Contact>().AsNoTracking();
        if (segmentId is { } id && await db.Set<Segment>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } segment)
        {
            (contacts, _) = await segments.BuildAsync(segment.Conditions, cancellationToken);
        }

        var stale = clock.GetUtcNow() - MarketingRules.ReconfirmEvery;
        return contacts
            .Where(c => (c.Consent == EmailConsent.Subscribed && !((c.Country == "KR" || (c.Country == "" && c.Language == Languages.Korean)) && c.ConsentedAt < stale))
                || (aboutBoughtProducts && c.Consent == EmailConsent.SoftOptIn && European.Contains(c.Country)))
            .Where(c => !db.Set<Suppression>().Any(s => s.Email == c.Email));
    }
}
