using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.Orders.Contracts;
using Vetrina.Orders.Shipping;

namespace Vetrina.Orders.Seed;

/// <summary>The delivery options every shop starts with in its three markets: standard, express, and collection in the two stores.</summary>
internal sealed class OrdersSeed(VetrinaDbContext db) : IShopSeed
{
    public int Order => 30;

    public async Task FoundationAsync(CancellationToken cancellationToken)
    {
        db.AddRange(ShippingMethods());
        await db.SaveChangesAsync(cancellationToken);
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
}
