namespace Vetrina.Storefront.Localization;

/// <summary>
/// The withdrawal function's words. The link and the confirming button carry the labels the law gives them in each
/// language ("withdraw from contract here", "confirm withdrawal"; Codice del Consumo art. 54-bis: "recedi dal contratto
/// qui", "conferma il recesso").
/// </summary>
internal sealed record WithdrawalText(
    string Link, string Heading, string Intro, string Name, string OrderNumber, string Email, string Continue, string Choose,
    string Until, string NotBegun, string Confirm, string Received, string ReceivedAt, string Sent, string NameRequired, string NumberRequired,
    string EmailRequired, string NotFound, string OutsideTheEu, string PeriodOver, string NothingLeft, string TooMany, string NothingChosen)
{
    private static readonly WithdrawalText English = new(
        "Withdraw from contract here", "Withdraw from your purchase",
        "Within 14 days of delivery you may withdraw from a purchase without giving a reason. Give your name and the order number and email of your order confirmation; you do not need to sign in.",
        "Your name", "Order number", "Email used for the order", "Continue",
        "Choose what you withdraw from (everything is chosen):",
        "You can withdraw until {0}.", "The 14 days begin when your order has been delivered.",
        "Confirm withdrawal", "We received your withdrawal", "Received on {0}. We sent the acknowledgement to {1}.",
        "Send the items back within 14 days; we refund you within 14 days of today.",
        "Enter your name.", "Enter the order number (as in your confirmation, e.g. VT-100042).", "Enter the email of your order.",
        "We found no order with this number and email. Check both as they appear in your order confirmation.",
        "This order was not delivered in the EU, so the EU withdrawal function does not apply. Contact us to return it.",
        "The 14-day withdrawal period for this order ended on {0}.",
        "Everything in this order has already been withdrawn from, returned or cancelled.",
        "Choose at most the units shown for each item.",
        "Choose at least one item to withdraw from.");

    private static readonly WithdrawalText Italian = new(
        "Recedi dal contratto qui", "Recedi dal tuo acquisto",
        "Entro 14 giorni dalla consegna puoi recedere da un acquisto senza indicarne il motivo. Indica il tuo nome, il numero d'ordine e l'email della conferma d'ordine; non serve accedere.",
        "Il tuo nome", "Numero d'ordine", "Email usata per l'ordine", "Continua",
        "Scegli gli articoli per cui recedi (sono tutti selezionati):",
        "Puoi recedere fino al {0}.", "I 14 giorni iniziano dalla consegna dell'ordine.",
        "Conferma il recesso", "Abbiamo ricevuto il tuo recesso", "Ricevuto il {0}. Abbiamo inviato la conferma di ricezione a {1}.",
        "Restituisci gli articoli entro 14 giorni; ti rimborsiamo entro 14 giorni da oggi.",
        "Inserisci il tuo nome.", "Inserisci il numero d'ordine (come nella conferma, ad es. VT-100042).", "Inserisci l'email dell'ordine.",
        "Non abbiamo trovato un ordine con questo numero e questa email. Controllali nella conferma d'ordine.",
        "Questo ordine non è stato consegnato nell'UE: la funzione di recesso UE non si applica. Contattaci per restituirlo.",
        "Il periodo di recesso di 14 giorni per questo ordine è terminato il {0}.",
        "Per tutti gli articoli di questo ordine hai già receduto, o sono stati resi o annullati.",
        "Scegli al massimo i pezzi indicati per ogni articolo.",
        "Scegli almeno un articolo per cui recedere.");

    private static readonly WithdrawalText Korean = new(
        "여기에서 계약 철회", "구매 철회",
        "배송일로부터 14일 이내에는 이유를 밝히지 않고 구매를 철회할 수 있습니다. 주문 확인서의 주문 번호와 이메일, 이름을 입력하세요. 로그인하지 않아도 됩니다.",
        "이름", "주문 번호", "주문에 사용한 이메일", "계속",
        "철회할 상품을 선택하세요(모두 선택되어 있습니다):",
        "{0}까지 철회할 수 있습니다.", "14일은 주문이 배송된 날부터 시작됩니다.",
        "철회 확인", "철회가 접수되었습니다", "{0}에 접수되었습니다. 접수 확인 메일을 {1}(으)로 보냈습니다.",
        "14일 이내에 상품을 반송해 주세요. 오늘부터 14일 이내에 환불해 드립니다.",
        "이름을 입력하세요.", "주문 번호를 입력하세요(주문 확인서와 같이, 예: VT-100042).", "주문 이메일을 입력하세요.",
        "이 번호와 이메일의 주문을 찾지 못했습니다. 주문 확인서에서 둘 다 확인해 주세요.",
        "EU에 배송된 주문이 아니어서 EU 철회 기능이 적용되지 않습니다. 반품은 문의해 주세요.",
        "이 주문의 14일 철회 기간은 {0}에 끝났습니다.",
        "이 주문의 모든 상품은 이미 철회, 반품 또는 취소되었습니다.",
        "상품마다 표시된 수량까지만 선택하세요.",
        "철회할 상품을 하나 이상 선택하세요.");

    public static WithdrawalText For(string language) => language switch
    {
        "it" => Italian,
        "ko" => Korean,
        _ => English,
    };
}
