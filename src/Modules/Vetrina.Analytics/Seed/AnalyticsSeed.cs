using Vetrina.Analytics.Domain;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Analytics.Seed;

/// <summary>The exchange rates an empty shop's dashboards report in euros with (what a euro bought; a brand keeps these current).</summary>
internal sealed class AnalyticsSeed(VetrinaDbContext db) : IShopSeed
{
    public int Order => 40;

    public async Task FoundationAsync(CancellationToken cancellationToken)
    {
        db.AddRange(new ExchangeRate("KRW", new DateOnly(2024, 1, 1), 1450m), new ExchangeRate("USD", new DateOnly(2024, 1, 1), 1.08m));
        await db.SaveChangesAsync(cancellationToken);
    }
}
