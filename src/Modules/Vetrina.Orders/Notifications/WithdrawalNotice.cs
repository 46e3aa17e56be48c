using Vetrina.Kernel;

namespace Vetrina.Orders.Notifications;

/// <summary>
/// What the order confirmation says about withdrawing, by the law of the country the goods go to: in the EU, the 14 days
/// from delivery, the shop's withdrawal function and the model withdrawal form (annex I(B) of directive 2011/83/EU, in
/// its official words); in Korea, the E-commerce Act's 7 days (art. 17) and who pays the return. Elsewhere, nothing.
/// </summary>
internal static class WithdrawalNotice
{
    public static IReadOnlyList<string>? For(string country, string language, string withdrawalUrl, SellerOptions seller)
    {
        var italian = language == Languages.Italian;
        var korean = language == Languages.Korean;
        if (country == "KR")
        {
            return
            [
                korean ? "청약철회 안내(전자상거래법 제17조): 상품을 받은 날부터 7일 이내에 청약철회를 할 수 있습니다. 단순 변심에 의한 반품 배송비는 고객님 부담이며, 상품이 표시·광고 내용과 다르거나 계약 내용과 다르게 이행된 경우에는 상품을 받은 날부터 3개월 이내, 그 사실을 안 날부터 30일 이내에 철회할 수 있고 배송비는 저희가 부담합니다."
                : italian ? "Recesso (legge coreana sul commercio elettronico, art. 17): puoi recedere entro 7 giorni dal ricevimento della merce. Se cambi idea, la spedizione di reso è a tuo carico; se la merce non corrisponde alla descrizione o al contratto puoi recedere entro 3 mesi dal ricevimento o 30 giorni da quando te ne accorgi, e la spedizione è a nostro carico."
                : "Withdrawal (Korea's E-commerce Act, art. 17): you may withdraw within 7 days of receiving the goods. On a change of mind you pay the return shipping; goods not as described or contracted may be withdrawn within 3 months of receipt or 30 days of finding out, and we pay the shipping.",
            ];
        }

        if (!Countries.InEuropeanUnion(country))
        {
            return null;
        }

        var to = $"{seller.Name}, {seller.Address}, {seller.Email}";
        return korean
            ?
            [
                $"청약철회권: 상품을 받은 날부터 14일 이내에 이유를 밝히지 않고 이 구매를 철회할 수 있습니다. 웹사이트의 철회 기능({withdrawalUrl})을 이용하거나 아래 양식(또는 철회 의사를 분명히 밝힌 문서)을 보내 주세요. 철회를 받은 날부터 14일 이내에 환불하며, 상품 또는 발송 증빙을 받을 때까지 환불을 보류할 수 있습니다.",
                "철회 양식",
                $"받는 사람: {to}",
                "본인은 다음 상품의 매매 계약을 철회합니다:",
                "주문일 / 수령일:",
                "소비자 이름:",
                "소비자 주소:",
                "서명(종이로 보내는 경우에만):",
                "날짜:",
            ]
            : italian
            ?
            [
                $"Diritto di recesso: puoi recedere da questo acquisto entro 14 giorni dal ricevimento dei beni, senza indicarne il motivo. Usa la funzione di recesso del sito ({withdrawalUrl}) oppure inviaci il modulo qui sotto (o un'altra dichiarazione esplicita). Ti rimborsiamo entro 14 giorni dal ricevimento del recesso; possiamo sospendere il rimborso fino al ricevimento dei beni o della prova della spedizione.",
                "Modulo di recesso tipo",
                $"Destinatario: {to}",
                "Con la presente io/noi (*) notifichiamo il recesso dal mio/nostro (*) contratto di vendita dei seguenti beni:",
                "Ordinato il (*) / ricevuto il (*):",
                "Nome del/dei consumatore(i):",
                "Indirizzo del/dei consumatore(i):",
                "Firma del/dei consumatore(i) (solo se il presente modulo è notificato in versione cartacea):",
                "Data:",
                "(*) Cancellare la dicitura inutile.",
            ]
            :
            [
                $"Right of withdrawal: you may withdraw from this purchase within 14 days of receiving the goods, without giving any reason. Use our withdrawal function ({withdrawalUrl}) or send us the model form below (or any other clear statement). We refund you within 14 days of receiving your withdrawal, and may wait until the goods, or proof that you sent them, reach us.",
                "Model withdrawal form",
                $"To: {to}",
                "I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of sale of the following goods:",
                "Ordered on (*) / received on (*):",
                "Name of consumer(s):",
                "Address of consumer(s):",
                "Signature of consumer(s) (only if this form is notified on paper):",
                "Date:",
                "(*) Delete as appropriate.",
            ];
    }

    /// <summary>The notice's first paragraph is prose; the rest is the form, one field a line.</summary>
    public static string Plain(IReadOnlyList<string> notice) => string.Join('\n', notice.Select((line, i) => i == 0 ? line + "\n" : line));
}
