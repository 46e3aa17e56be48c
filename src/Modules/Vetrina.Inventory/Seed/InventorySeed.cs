using Vetrina.Catalog.Contracts;
using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.Inventory.Domain;

namespace Vetrina.Inventory.Seed;

/// <summary>
/// The stock locations every shop starts with (the Milan warehouse, which ships online orders, and the stores in Milan
/// and Seoul); and the demo brand's stock in them: about one SKU in nine sold out online, pre-order styles waiting for
/// their delivery.
/// </summary>
internal sealed class InventorySeed(VetrinaDbContext db, ICatalogCodes catalog, TimeProvider clock) : IShopSeed
{
    public int Order => 20;

    public async Task FoundationAsync(CancellationToken cancellationToken)
    {
        db.AddRange(Locations());
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DemoAsync(CancellationToken cancellationToken)
    {
        AddStock(await catalog.AllSkusAsync(cancellationToken), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddStock(IReadOnlyList<CatalogSku> skus, DateOnly today)
    {
        var received = new DateTimeOffset(2026, 7, 20, 6, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < skus.Count; i++)
        {
            if (skus[i].TakesPreorders)
            {
                // Nothing on the shelf yet: the production run is on its way to the warehouse.
                var incoming = new StockLevel(skus[i].Id, "WH-MI");
                incoming.AllowBackorders(12, today.AddDays(45));
                db.Add(incoming);
                continue;
            }

            var hash = (uint)(i + 1) * 2654435761u;
            // About one SKU in nine is sold out online, so the storefront shows what sold-out sizes look like.
            var quantities = new (string Location, int Quantity)[]
            {
                ("WH-MI", hash % 9 == 0 ? 0 : (int)(hash >> 8) % 30 + 1),
                ("ST-BRERA", (int)(hash >> 16) % 4),
                ("ST-SEONGSU", (int)(hash >> 20) % 4),
            };
            foreach (var (location, quantity) in quantities)
            {
                var level = new StockLevel(skus[i].Id, location);
                db.Add(level);
                if (quantity > 0)
                {
                    db.Add(level.Receive(quantity, "PO-DEMO-2026", received));
                }
            }
        }
    }

    private static StockLocation[] Locations() =>
    [
        new("WH-MI", new("Milan warehouse", "Magazzino di Milano", "밀라노 물류센터"), LocationKind.Warehouse, "IT", fulfilsOnline: true),
        new("ST-BRERA", new("Milan Brera store", "Negozio di Milano Brera", "밀라노 브레라 매장"), LocationKind.Store, "IT", fulfilsOnline: false),
        new("ST-SEONGSU", new("Seoul Seongsu store", "Negozio di Seoul Seongsu", "서울 성수 매장"), LocationKind.Store, "KR", fulfilsOnline: false),
    ];
}
