using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.Kernel;
using Vetrina.Promotions.Domain;

namespace Vetrina.Promotions.Seed;

/// <summary>
/// The demo brand's promotions, so that checkout shows each kind: a welcome code, a free-shipping code, an influencer's
/// code, and "buy two knits, save 10%".
/// </summary>
internal sealed class PromotionsSeed(VetrinaDbContext db) : IShopSeed
{
    public int Order => 50;

    public async Task DemoAsync(CancellationToken cancellationToken)
    {
        db.Add(new DiscountCode("WELCOME10", DiscountKind.Percent, 1000, null, 0, null, null, null, null, usagePerCustomer: 1, eligible: null,
            combinesWithAutomatic: false));
        db.Add(new DiscountCode("SPEDIZIONE", DiscountKind.FreeShipping, 0, Currency.Eur, 0, 8000, null, null, null, null, null, combinesWithAutomatic: true));
        db.Add(new DiscountCode("GIULIA15", DiscountKind.Percent, 1500, null, 0, null, null, null, null, null, null, combinesWithAutomatic: false));
        db.Add(new AutomaticPromotion(new("Buy 2 knits, save 10%", "2 maglie, risparmi il 10%", "니트 2개 구매 시 10% 할인"), 2, 1000, null, null,
            "category:women-knitwear,category:men-knitwear"));
        await db.SaveChangesAsync(cancellationToken);
    }
}
