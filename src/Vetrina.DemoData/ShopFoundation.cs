using Microsoft.EntityFrameworkCore;
using Vetrina.Analytics.Domain;
using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Data;
using Vetrina.Inventory.Domain;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Markets.Domain;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Shipping;

namespace Vetrina.DemoData;

/// <summary>
/// What every shop starts with on an empty database, demo or not, until the back office can set them up: the three
/// markets of a brand selling from Milan and Seoul (Italy in euros, Korea in won, international in dollars) with their
/// VAT and delivery options, the merchandising hierarchy, the current seasons, the warehouse and two stores, and the
/// exchange rates the dashboards report in euros with. Everything here can be changed afterwards.
/// </summary>
public static class ShopFoundation
{
    /// <summary>Seeds an empty database; false when markets exist already.</summary>
    public static async Task<bool> SeedAsync(VetrinaDbContext db, IMarketDirectory markets, CancellationToken cancellationToken = default)
    {
        if ((await markets.AllAsync(cancellationToken)).Count > 0)
        {
            return false;
        }

        db.AddRange(Markets());
        // Reporting in euros: what a euro bought, for the dashboards' conversions (a brand keeps these current).
        db.AddRange(new ExchangeRate("KRW", new DateOnly(2024, 1, 1), 1450m), new ExchangeRate("USD", new DateOnly(2024, 1, 1), 1.08m));
        db.AddRange(Seasons().Values);
        db.AddRange(Categories().Values);
        db.AddRange(Locations());
        db.AddRange(ShippingMethods());
        await db.SaveChangesAsync(cancellationToken);
        // The directory remembered a shop without markets.
        await markets.InvalidateAsync(cancellationToken);
        return true;
    }

    private static Market[] Markets()
    {
        var italy = new Market("IT", new("Italy", "Italia", "이탈리아"), Currency.Eur, new VatRate(2200), Languages.Italian, ["IT", "SM", "VA"]);
        var korea = new Market("KR", new("Korea", "Corea del Sud", "대한민국"), Currency.Krw, new VatRate(1000), Languages.Korean, ["KR"]);
        // Exports outside the EU and Korea carry no domestic VAT.
        var world = new Market("INTL", new("International", "Internazionale", "해외"), Currency.Usd, new VatRate(0), Languages.English, ["*"]);
        italy.PlaceAt(0);
        korea.PlaceAt(1);
        world.PlaceAt(2);
        return [italy, korea, world];
    }

    private static Dictionary<string, Season> Seasons() => new()
    {
        ["SS26"] = new Season("SS26", new("Spring-Summer 2026", "Primavera-Estate 2026", "2026 봄-여름"), new(2026, 2, 1), new(2026, 7, 31)),
        ["FW26"] = new Season("FW26", new("Fall-Winter 2026", "Autunno-Inverno 2026", "2026 가을-겨울"), new(2026, 8, 1), new(2027, 1, 31)),
        [Season.CarryOverCode] = new Season(Season.CarryOverCode, new("Carry-over", "Continuativi", "상시 판매"), new(2020, 1, 1), new(2099, 12, 31)),
    };

    private static Dictionary<string, Category> Categories()
    {
        var categories = new Dictionary<string, Category>();
        var position = 0;
        foreach (var node in Assortment.Hierarchy)
        {
            var parent = node.Parent is null ? null : categories[node.Parent];
            categories[node.Code] = new Category(node.Code, node.Name, node.Level, parent, node.SizeType, position++);
        }

        return categories;
    }

    private static ShippingMethod[] ShippingMethods() =>
    [
        new("IT-STD", "IT", new("Standard delivery", "Consegna standard", "일반 배송"), ShippingKind.Standard, 790, 15000,
            new("2–4 working days", "2–4 giorni lavorativi", "영업일 기준 2–4일"), null, 0),
        new("IT-EXP", "IT", new("Express delivery", "Consegna express", "특급 배송"), ShippingKind.Express, 1490, null,
            new("Next working day", "Il giorno lavorativo successivo", "다음 영업일"), null, 1),
        new("IT-BRERA", "IT", new("Collect in store: Milan Brera", "Ritiro in negozio: Milano Brera", "매장 픽업: 밀라노 브레라"),
            ShippingKind.ClickAndCollect, 0, null, new("Ready in 2 hours", "Pronto in 2 ore", "2시간 후 준비 완료"), "ST-BRERA", 2),
        new("KR-STD", "KR", new("Standard delivery", "Consegna standard", "일반 배송"), ShippingKind.Standard, 3000, 100000,
            new("1–2 days", "1–2 giorni", "1–2일"), null, 0),
        new("KR-EXP", "KR", new("Same-day delivery (Seoul)", "Consegna in giornata (Seoul)", "당일 배송 (서울)"), ShippingKind.Express, 8000, null,
            new("Today if ordered by 1 pm", "Oggi se ordini entro le 13", "오후 1시 전 주문 시 당일"), null, 1),
        new("KR-SEONGSU", "KR", new("Collect in store: Seoul Seongsu", "Ritiro in negozio: Seoul Seongsu", "매장 픽업: 서울 성수"),
            ShippingKind.ClickAndCollect, 0, null, new("Ready in 2 hours", "Pronto in 2 ore", "2시간 후 준비 완료"), "ST-SEONGSU", 2),
        new("INTL-STD", "INTL", new("International delivery", "Spedizione internazionale", "국제 배송"), ShippingKind.Standard, 2500, 30000,
            new("5–10 working days, duties paid", "5–10 giorni lavorativi, dazi inclusi", "영업일 기준 5–10일, 관세 포함"), null, 0),
        new("INTL-EXP", "INTL", new("International express", "Express internazionale", "국제 특급 배송"), ShippingKind.Express, 4500, null,
            new("2–4 working days, duties paid", "2–4 giorni lavorativi, dazi inclusi", "영업일 기준 2–4일, 관세 포함"), null, 1),
    ];

    private static StockLocation[] Locations() =>
    [
        new("WH-MI", new("Milan warehouse", "Magazzino di Milano", "밀라노 물류센터"), LocationKind.Warehouse, "IT", fulfilsOnline: true),
        new("ST-BRERA", new("Milan Brera store", "Negozio di Milano Brera", "밀라노 브레라 매장"), LocationKind.Store, "IT", fulfilsOnline: false),
        new("ST-SEONGSU", new("Seoul Seongsu store", "Negozio di Seoul Seongsu", "서울 성수 매장"), LocationKind.Store, "KR", fulfilsOnline: false),
    ];
}
