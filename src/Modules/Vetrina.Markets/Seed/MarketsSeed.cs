using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Markets.Domain;

namespace Vetrina.Markets.Seed;

/// <summary>
/// The markets of a brand selling from Milan and Seoul, which every shop starts with until staff change them: Italy in
/// euros, Korea in won, international in dollars, each with its VAT.
/// </summary>
internal sealed class MarketsSeed(VetrinaDbContext db, IMarketDirectory directory) : IShopSeed
{
    public int Order => 0;

    public async Task FoundationAsync(CancellationToken cancellationToken)
    {
        db.AddRange(Markets());
        await db.SaveChangesAsync(cancellationToken);
        // The directory remembered a shop without markets.
        await directory.InvalidateAsync(cancellationToken);
    }

    private static Market[] Markets()
    {
        var italy = new Market("IT", new("Italy", "Italia", "이탈리아"), Currency.Eur, new VatRate(2200), Languages.Italian, ["IT", "SM", "VA"], "Europe/Rome");
        var korea = new Market("KR", new("Korea", "Corea del Sud", "대한민국"), Currency.Krw, new VatRate(1000), Languages.Korean, ["KR"], "Asia/Seoul");
        // Exports outside the EU and Korea carry no domestic VAT; times are the brand's own, in Milan, for shoppers everywhere.
        var world = new Market("INTL", new("International", "Internazionale", "해외"), Currency.Usd, new VatRate(0), Languages.English, ["*"], "Europe/Rome");
        italy.PlaceAt(0);
        korea.PlaceAt(1);
        world.PlaceAt(2);
        return [italy, korea, world];
    }
}
