namespace Vetrina.Orders.Notifications;

/// <summary>The words of the order emails in each storefront language.</summary>
internal sealed record OrderMailText(
    string ConfirmationSubject,
    string ConfirmationIntro,
    string CancelledSubject,
    string CancelledIntro,
    string ShippedSubject,
    string ShippedIntro,
    string TrackParcel,
    string RefundedSubject,
    string RefundedIntro,
    string RefundedToGiftCard,
    string RefundedAllToGiftCard,
    string Quantity,
    string Subtotal,
    string Shipping,
    string Total,
    string VatIncluded,
    string DeliverTo,
    string CollectAt,
    string ViewOrder,
    string ShipsAround,
    string Signature)
{
    public static OrderMailText For(string language) => language switch
    {
        "it" => new("Conferma dell'ordine {0}", "Grazie, {1}! Abbiamo ricevuto il tuo ordine {0} e lo stiamo preparando.",
            "Ordine {0} annullato", "Il tuo ordine {0} è stato annullato; se avevi già pagato, ti rimborsiamo l'intero importo.",
            "Il tuo ordine {0} è in viaggio", "Buone notizie, {1}: abbiamo spedito il tuo ordine {0} con {2}.", "Segui il pacco",
            "Rimborso per l'ordine {0}", "Ti abbiamo rimborsato {2} per l'ordine {0}: lo vedrai sulla carta entro pochi giorni lavorativi.",
            "Di questi, {0} sono tornati subito sulla tua carta regalo.",
            "Abbiamo riaccreditato {2} sulla tua carta regalo per l'ordine {0}: puoi già usarli.",
            "Quantità", "Subtotale", "Spedizione", "Totale", "di cui IVA", "Consegna a", "Ritiro presso", "Vedi l'ordine",
            "spedizione prevista intorno al {0}", "Vetrina"),
        "ko" => new("주문 확인 {0}", "{1}님, 감사합니다! 주문 {0}을(를) 접수했으며 준비 중입니다.",
            "주문 {0} 취소", "주문 {0}이(가) 취소되었습니다. 이미 결제하셨다면 전액 환불해 드립니다.",
            "주문 {0} 발송 안내", "{1}님, 주문 {0}을(를) {2}(으)로 발송했습니다.", "배송 조회",
            "주문 {0} 환불 안내", "주문 {0}에 대해 {2}을(를) 환불했습니다. 영업일 기준 며칠 내에 카드에 반영됩니다.",
            "이 중 {0}은(는) 기프트 카드 잔액으로 바로 돌려드렸습니다.",
            "주문 {0}에 대해 {2}을(를) 기프트 카드 잔액으로 돌려드렸습니다. 지금 바로 사용하실 수 있습니다.",
            "수량", "상품 금액", "배송비", "합계", "부가세 포함", "배송지", "수령 매장", "주문 보기", "{0}경 발송 예정", "Vetrina"),
        _ => new("Order {0} confirmed", "Thank you, {1}! We have received your order {0} and are getting it ready.",
            "Order {0} cancelled", "Your order {0} has been cancelled; if you had paid, we refund you in full.",
            "Your order {0} is on its way", "Good news, {1}: we have shipped your order {0} with {2}.", "Track your parcel",
            "Refund for order {0}", "We have refunded {2} for your order {0}; it will show on your card within a few working days.",
            "Of this, {0} is back on your gift card already.",
            "We have put {2} back on your gift card for your order {0}; you can use it right away.",
            "Qty", "Subtotal", "Shipping", "Total", "VAT included", "Deliver to", "Collect at", "View your order", "ships around {0}", "Vetrina"),
    };
}
