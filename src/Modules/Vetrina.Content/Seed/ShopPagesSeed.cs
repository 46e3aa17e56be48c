using Microsoft.Extensions.Options;
using Vetrina.Content.Contracts;
using Vetrina.Content.ShopPages;
using Vetrina.Data;
using Vetrina.Data.Seeding;
using Vetrina.Kernel;

namespace Vetrina.Content.Seed;

/// <summary>
/// The pages every shop starts with, in en, it and ko, for staff to adapt in the back office: the terms the checkout
/// asks shoppers to accept, returns and withdrawal (with the model form), shipping, privacy, and the company's identity
/// from the <c>Vetrina:Seller</c> settings. They are a sound starting point, not legal advice.
/// </summary>
internal sealed class ShopPagesSeed(VetrinaDbContext db, IOptions<SellerOptions> seller, TimeProvider clock) : IShopSeed
{
    public int Order => 71;

    public async Task FoundationAsync(CancellationToken cancellationToken)
    {
        var s = seller.Value;
        var now = clock.GetUtcNow();
        var position = 0;
        void Add(string handle, LocalizedText title, LocalizedText body) => db.Add(new ShopPage(handle, position++, title, body, "seed", now));

        Add(ShopPageHandles.Terms, new("Terms of sale", "Condizioni di vendita", "이용약관"), new(
            $"## Who sells\n\n{s.Name}, {s.Address} ({s.Email}).\n\n## Orders\n\nThe contract is made when we confirm your order by email. Prices include VAT; delivery is shown before you pay.\n\n## Payment\n\nBy card; the amount is taken when your order ships.\n\n## Withdrawal and returns\n\nIn the EU you may withdraw within 14 days of delivery without giving a reason: see [returns and withdrawal](returns).\n\n## Guarantee\n\nThe legal guarantee of conformity applies for two years from delivery.\n\n## Disputes\n\nThe law of the country where you live protects you as a consumer. The EU's online dispute resolution platform closed in July 2025; write to us first.\n",
            $"## Chi vende\n\n{s.Name}, {s.Address} ({s.Email}).\n\n## Ordini\n\nIl contratto si conclude quando confermiamo l'ordine via email. I prezzi includono l'IVA; la consegna è indicata prima del pagamento.\n\n## Pagamento\n\nCon carta; l'importo è addebitato alla spedizione.\n\n## Recesso e resi\n\nNell'UE puoi recedere entro 14 giorni dalla consegna senza indicarne il motivo: vedi [resi e recesso](returns).\n\n## Garanzia\n\nLa garanzia legale di conformità vale due anni dalla consegna (Codice del Consumo, art. 128 e seguenti).\n\n## Controversie\n\nTi tutela la legge del paese in cui vivi. Scrivici prima di tutto.\n",
            $"## 판매자\n\n{s.Name}, {s.Address} ({s.Email}).\n\n## 주문\n\n주문 확인 이메일을 보내는 때에 계약이 성립합니다. 가격에는 부가세가 포함되며 배송비는 결제 전에 표시됩니다.\n\n## 결제\n\n카드 결제이며 상품 발송 시 청구됩니다.\n\n## 청약철회와 반품\n\n[반품 및 청약철회](returns)를 확인하세요.\n\n## 분쟁\n\n먼저 저희에게 문의해 주세요.\n"));
        Add(ShopPageHandles.Returns, new("Returns and withdrawal", "Resi e recesso", "반품 및 청약철회"), new(
            "## Withdrawal (EU)\n\nYou may withdraw from a purchase within 14 days of delivery, without giving a reason: use the **Withdraw from contract here** link at the foot of every page, or send us the model form below. Send the items back within 14 days; we refund what you paid, including standard delivery when you return the whole order, within 14 days of receiving your withdrawal (we may wait until the items or proof of sending arrive).\n\n## Model withdrawal form\n\nTo: the seller named in [company information](company)\n\n- I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of sale of the following goods:\n- Ordered on (*) / received on (*):\n- Name of consumer(s):\n- Address of consumer(s):\n- Signature of consumer(s) (only if this form is notified on paper):\n- Date:\n\n(*) Delete as appropriate.\n\n## Korea\n\nYou may withdraw within 7 days of receiving the goods. On a change of mind you pay the return shipping; goods not as described may be withdrawn within 3 months of receipt or 30 days of finding out, at our cost.\n",
            "## Recesso (UE)\n\nPuoi recedere da un acquisto entro 14 giorni dalla consegna, senza indicarne il motivo: usa il link **Recedi dal contratto qui** in fondo a ogni pagina, oppure inviaci il modulo qui sotto. Restituisci gli articoli entro 14 giorni; ti rimborsiamo quanto pagato, compresa la consegna standard se rendi l'intero ordine, entro 14 giorni dal ricevimento del recesso (possiamo attendere di ricevere gli articoli o la prova della spedizione).\n\n## Modulo di recesso tipo\n\nDestinatario: il venditore indicato in [informazioni societarie](company)\n\n- Con la presente io/noi (*) notifichiamo il recesso dal mio/nostro (*) contratto di vendita dei seguenti beni:\n- Ordinato il (*) / ricevuto il (*):\n- Nome del/dei consumatore(i):\n- Indirizzo del/dei consumatore(i):\n- Firma del/dei consumatore(i) (solo se il presente modulo è notificato in versione cartacea):\n- Data:\n\n(*) Cancellare la dicitura inutile.\n",
            "## 청약철회(한국)\n\n상품을 받은 날부터 7일 이내에 청약철회를 할 수 있습니다(전자상거래법 제17조). 단순 변심에 의한 반품 배송비는 고객님 부담이며, 상품이 표시·광고 내용과 다르거나 계약 내용과 다르게 이행된 경우에는 상품을 받은 날부터 3개월 이내, 그 사실을 안 날부터 30일 이내에 철회할 수 있고 배송비는 저희가 부담합니다. 환불은 상품을 돌려받은 날부터 3영업일 이내에 해 드립니다.\n\n## EU\n\nEU에서는 배송일로부터 14일 이내에 이유 없이 철회할 수 있습니다. 모든 페이지 하단의 **여기에서 계약 철회** 링크를 이용하세요.\n"));
        Add(ShopPageHandles.Shipping, new("Shipping", "Spedizioni", "배송"), new(
            "Orders leave our Milan warehouse or a store within two working days. Standard and express delivery are priced at checkout for your country; click and collect in our stores is free. Every parcel has a tracking link, sent by email when it ships.\n",
            "Gli ordini partono dal magazzino di Milano o da un negozio entro due giorni lavorativi. La consegna standard ed espressa è indicata al checkout per il tuo paese; il ritiro in negozio è gratuito. Ogni pacco ha un link di tracciamento, inviato via email alla spedizione.\n",
            "주문은 영업일 기준 2일 이내에 밀라노 창고 또는 매장에서 발송됩니다. 일반 배송과 특급 배송 요금은 결제 단계에서 국가별로 표시됩니다. 모든 소포에는 발송 시 이메일로 보내 드리는 배송 조회 링크가 있습니다.\n"));
        Add(ShopPageHandles.Privacy, new("Privacy policy", "Informativa privacy", "개인정보 처리방침"), new(
            $"{s.Name} processes your data to sell and deliver what you order (contract), to keep accounts and invoices (legal obligation), and, only with your consent, to send you news and measure visits. You may ask for a copy, a correction or erasure at {s.Email}, and complain to your data protection authority. Cookies: see the cookie settings linked at the foot of every page.\n",
            $"{s.Name} tratta i tuoi dati per vendere e consegnare ciò che ordini (contratto), per la contabilità e le fatture (obbligo di legge) e, solo con il tuo consenso, per inviarti novità e misurare le visite. Puoi chiedere copia, rettifica o cancellazione a {s.Email} e proporre reclamo al Garante per la protezione dei dati personali. Cookie: vedi le impostazioni dei cookie in fondo a ogni pagina.\n",
            $"{s.Name}은(는) 주문하신 상품의 판매와 배송(계약), 회계와 세금계산서(법적 의무), 그리고 동의하신 경우에만 소식 발송과 방문 측정을 위해 개인정보를 처리합니다. 열람·정정·삭제는 {s.Email}로 요청하실 수 있습니다.\n"));
        Add(ShopPageHandles.Company, new("Company information", "Informazioni societarie", "사업자 정보"), new(
            $"{s.Name}\n\n{s.Address}\n\n{s.Email}\n",
            $"{s.Name}\n\n{s.Address}\n\n{s.Email}\n",
            $"상호: {s.Name}\n\n주소: {s.Address}\n\n이메일: {s.Email}\n"));
        await db.SaveChangesAsync(cancellationToken);
    }
}
