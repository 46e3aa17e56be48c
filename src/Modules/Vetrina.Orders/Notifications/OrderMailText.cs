namespace Vetrina.Orders.Notifications;

/// <summary>The words of the order emails in each storefront language.</summary>
internal sealed record OrderMailText(
    string ConfirmationSubject,
    string ConfirmationIntro,
    string CancelledSubject,
    string CancelledIntro,
    string Quantity,
    string Subtotal,
    string Shipping,
    string Total,
    string VatIncluded,
    string DeliverTo,
    string CollectAt,
    string ViewOrder,
    string Signature)
{
    public static OrderMailText For(string language) => language switch
    {
        "it" => new("Conferma dell'ordine {0}", "Grazie, {1}! Abbiamo ricevuto il tuo ordine {0} e lo stiamo preparando.",
            "Ordine {0} annullato", "Il tuo ordine {0} è stato annullato e l'importo non ti verrà addebitato.",
            "Quantità", "Subtotale", "Spedizione", "Totale", "di cui IVA", "Consegna a", "Ritiro presso", "Vedi l'ordine", "Vetrina"),
        "ko" => new("주문 확인 {0}", "{1}님, 감사합니다! 주문 {0}을(를) 접수했으며 준비 중입니다.",
            "주문 {0} 취소", "주문 {0}이(가) 취소되었으며 결제 금액은 청구되지 않습니다.",
            "수량", "상품 금액", "배송비", "합계", "부가세 포함", "배송지", "수령 매장", "주문 보기", "Vetrina"),
        _ => new("Order {0} confirmed", "Thank you, {1}! We have received your order {0} and are getting it ready.",
            "Order {0} cancelled", "Your order {0} has been cancelled and you will not be charged.",
            "Qty", "Subtotal", "Shipping", "Total", "VAT included", "Deliver to", "Collect at", "View your order", "Vetrina"),
    };
}
