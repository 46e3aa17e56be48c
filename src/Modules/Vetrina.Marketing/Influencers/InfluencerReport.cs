using Microsoft.EntityFrameworkCore;
using Vetrina.Data;

namespace Vetrina.Marketing.Influencers;

/// <summary>What an influencer earned in one currency: net sales after returns and the commission on them.</summary>
internal sealed record InfluencerEarnings(string Currency, long NetSalesMinor, long CommissionMinor);

/// <param name="Returned">Orders of theirs that came to nothing (returned in full or cancelled).</param>
internal sealed record InfluencerSummary(Influencer Influencer, int Orders, int Returned, IReadOnlyList<InfluencerEarnings> Earned);

/// <summary>The influencers with what they earned, and the statements: what the back office and the API show.</summary>
internal sealed class InfluencerReport(VetrinaDbContext db)
{
    public async Task<IReadOnlyList<InfluencerSummary>> SummariesAsync(CancellationToken cancellationToken)
    {
        var earned = await db.Set<InfluencerOrder>().AsNoTracking()
            .GroupBy(o => new { o.InfluencerId, o.Currency })
            .Select(g => new { g.Key.InfluencerId, g.Key.Currency, Orders = g.Count(), Zero = g.Count(o => o.NetSalesMinor == 0), Net = g.Sum(o => o.NetSalesMinor), Commission = g.Sum(o => o.CommissionMinor) })
            .ToListAsync(cancellationToken);
        return [.. (await db.Set<Influencer>().AsNoTracking().OrderBy(i => i.Handle).ToListAsync(cancellationToken)).Select(i =>
        {
            var mine = earned.Where(e => e.InfluencerId == i.Id).ToList();
            return new InfluencerSummary(i, mine.Sum(e => e.Orders), mine.Sum(e => e.Zero), [.. mine.Select(e => new InfluencerEarnings(e.Currency, e.Net, e.Commission))]);
        })];
    }

    /// <summary>The latest statements, newest month first, with the influencer's handle.</summary>
    public async Task<IReadOnlyList<(InfluencerStatement Statement, string Handle)>> StatementsAsync(int take, CancellationToken cancellationToken) =>
        [.. (await db.Set<InfluencerStatement>().AsNoTracking().OrderByDescending(s => s.Month).ThenBy(s => s.Id).Take(take)
            .Join(db.Set<Influencer>(), s => s.InfluencerId, i => i.Id, (s, i) => new { s, i.Handle }).ToListAsync(cancellationToken)).Select(r => (r.s, r.Handle))];

    /// <summary>An influencer's attributed orders, newest first; null for an unknown handle.</summary>
    public async Task<IReadOnlyList<InfluencerOrder>?> OrdersAsync(string handle, int take, CancellationToken cancellationToken)
    {
        var influencer = await db.Set<Influencer>().AsNoTracking().Where(i => i.Handle == handle).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken);
        if (influencer is null)
        {
            return null;
        }

        return await db.Set<InfluencerOrder>().AsNoTracking().Where(o => o.InfluencerId == influencer).OrderByDescending(o => o.PlacedAt).Take(take)
            .ToListAsync(cancellationToken);
    }
}
