using Vetrina.Orders.Contracts;

namespace Vetrina.Storefront.Localization;

/// <summary>The returns pages' words.</summary>
internal sealed record ReturnsText(
    string Link, string Heading, string Intro, string OrderNumber, string Email, string Find, string Choose, string Units, string Reason, string NoReason,
    string ReturnableUntil, string Method, string ByLabel, string InStore, string Store, string ShippingPaid, string ShippingFree, string Photo, string PhotoHint,
    string Note, string Submit, string Number, string Requested, string LabelLink, string InStoreNext, string ShippingFee, string Refund, string Stage,
    string NumberRequired, string EmailRequired, string NotFound, string NothingReturnable, string TooMany, string NothingChosen, string ReasonRequired,
    string PhotoRequired, string PhotoRefused, string UnknownStore, string NoteTooLong, string NotDelivered, string AlreadyReturned, string WindowOver,
    string FinalSale, string ReturnTo, string Resolution, string AsRefund, string AsExchange, string AsCredit, string ExchangeFor, string NoExchange,
    string SoldOut, string ExchangeHeld, string ExchangeNotOffered, string ExchangeUnavailable, string Credit)
{
    private static readonly ReturnsText English = new(
        "Start a return", "Return items",
        "Returns are free for faulty items, items not as pictured and late deliveries. Give the order number and the email of your order confirmation; you do not need to sign in.",
        "Order number", "Email used for the order", "Find my order", "Choose what you send back and why:", "Units to return", "Reason", "Choose a reason",
        "Returnable until {0}", "How you send it back", "Prepaid label (print it at home)", "Drop it off in a store", "Store",
        "A prepaid label costs {0}, taken off your refund, when you return for size, a change of mind or another reason of yours; it is free when an item is faulty, not as pictured or arrived late. Dropping off in a store is free.",
        "Return shipping is free.",
        "Photo of the fault", "Needed for a faulty item: a JPEG, PNG or WebP picture, up to 15 MB.", "Anything we should know? (optional)", "Request the return",
        "Return {0}", "Requested on {0}.", "Download the prepaid label (PDF)", "Bring the items to our {0} with this page or the email we sent.",
        "Return shipping: {0}", "Your refund: {0}, once the items reach us.", "Status",
        "Enter the order number (as in your confirmation, e.g. VT-100042).", "Enter the email of your order.",
        "We found no order with this number and email. Check both as they appear in your order confirmation.",
        "Nothing in this order can be returned now; each item says why.",
        "Choose at most the units shown for each item.", "Choose at least one item to return.", "Give a reason for each item you return.",
        "Add a photo of the fault for a faulty item.", "That photo could not be used: send a JPEG, PNG or WebP picture under 15 MB, at least 200 pixels on each side.",
        "Choose one of the stores listed.", "Keep the message under 1,000 characters.",
        "Not delivered yet: you can return it once it arrives.", "Already returned or on its way back.", "The return period ended on {0}.", "Cannot be returned: {0}",
        "Send to",
        "What you would like", "A refund", "An exchange (another size or colour, free both ways)", "Store credit: a gift card worth {0} % more",
        "Exchange for", "Choose a size or colour", "sold out",
        "Your exchange is held for you and leaves as soon as your return arrives.",
        "For an exchange, choose another size or colour for each item.", "That size or colour has just sold out: choose another, or a refund.",
        "Your store credit: {0}, once the items reach us.");

    private static readonly ReturnsText Italian = new(
        "Effettua un reso", "Restituisci articoli",
        "Il reso è gratuito per articoli difettosi, diversi dalla foto o consegnati in ritardo. Indica il numero d'ordine e l'email della conferma d'ordine; non serve accedere.",
        "Numero d'ordine", "Email usata per l'ordine", "Trova il mio ordine", "Scegli cosa restituisci e perché:", "Pezzi da restituire", "Motivo", "Scegli un motivo",
        "Restituibile fino al {0}", "Come lo spedisci", "Etichetta prepagata (da stampare a casa)", "Consegna in negozio", "Negozio",
        "L'etichetta prepagata costa {0}, trattenuti dal rimborso, se restituisci per la taglia, un ripensamento o un altro motivo tuo; è gratuita se l'articolo è difettoso, diverso dalla foto o arrivato in ritardo. La consegna in negozio è gratuita.",
        "La spedizione del reso è gratuita.",
        "Foto del difetto", "Necessaria per un articolo difettoso: JPEG, PNG o WebP, fino a 15 MB.", "Vuoi dirci qualcosa? (facoltativo)", "Richiedi il reso",
        "Reso {0}", "Richiesto il {0}.", "Scarica l'etichetta prepagata (PDF)", "Porta gli articoli in negozio ({0}) con questa pagina o l'email che ti abbiamo inviato.",
        "Spedizione del reso: {0}", "Il rimborso: {0}, quando gli articoli ci arrivano.", "Stato",
        "Inserisci il numero d'ordine (come nella conferma, ad es. VT-100042).", "Inserisci l'email dell'ordine.",
        "Non abbiamo trovato un ordine con questo numero e questa email. Controllali nella conferma d'ordine.",
        "Al momento nessun articolo di questo ordine può essere restituito; per ognuno è indicato il motivo.",
        "Scegli al massimo i pezzi indicati per ogni articolo.", "Scegli almeno un articolo da restituire.", "Indica un motivo per ogni articolo che restituisci.",
        "Aggiungi una foto del difetto per un articolo difettoso.", "Non possiamo usare questa foto: invia un'immagine JPEG, PNG o WebP sotto i 15 MB, di almeno 200 pixel per lato.",
        "Scegli uno dei negozi indicati.", "Il messaggio deve restare sotto i 1.000 caratteri.",
        "Non ancora consegnato: potrai restituirlo quando arriva.", "Già restituito o in viaggio verso di noi.", "Il periodo di reso è terminato il {0}.", "Non restituibile: {0}",
        "Spedisci a",
        "Cosa preferisci", "Un rimborso", "Un cambio (altra taglia o colore, gratuito in entrambe le direzioni)", "Credito: una gift card del {0} % in più",
        "Cambia con", "Scegli taglia o colore", "esaurito",
        "Il tuo cambio è tenuto da parte e parte appena il reso ci arriva.",
        "Per un cambio, scegli un'altra taglia o colore per ogni articolo.", "Quella taglia o colore è appena esaurito: scegline un altro, o un rimborso.",
        "Il tuo credito: {0}, quando gli articoli ci arrivano.");

    private static readonly ReturnsText Korean = new(
        "반품 신청", "상품 반품",
        "불량, 사진과 다른 상품, 배송 지연은 반품 배송비가 무료입니다. 주문 확인서의 주문 번호와 이메일을 입력하세요. 로그인하지 않아도 됩니다.",
        "주문 번호", "주문에 사용한 이메일", "주문 찾기", "반품할 상품과 사유를 선택하세요:", "반품 수량", "사유", "사유 선택",
        "{0}까지 반품 가능", "반송 방법", "선불 반품 라벨(집에서 인쇄)", "매장 방문 반품", "매장",
        "사이즈, 단순 변심 등 고객 사유로 반품하시면 반품 배송비 {0}이(가) 환불 금액에서 차감됩니다. 불량, 사진과 다른 상품, 배송 지연은 무료입니다. 매장 방문 반품은 무료입니다.",
        "반품 배송비는 무료입니다.",
        "불량 부위 사진", "불량 상품은 사진이 필요합니다: JPEG, PNG 또는 WebP, 15MB 이하.", "전달할 내용(선택)", "반품 신청하기",
        "반품 {0}", "{0}에 신청되었습니다.", "선불 반품 라벨 내려받기(PDF)", "이 페이지나 보내 드린 이메일을 가지고 {0}에 상품을 가져와 주세요.",
        "반품 배송비: {0}", "환불 예정 금액: {0} (상품 도착 후)", "상태",
        "주문 번호를 입력하세요(주문 확인서와 같이, 예: VT-100042).", "주문 이메일을 입력하세요.",
        "이 번호와 이메일의 주문을 찾지 못했습니다. 주문 확인서에서 둘 다 확인해 주세요.",
        "지금 반품할 수 있는 상품이 없습니다. 상품마다 사유가 표시되어 있습니다.",
        "상품마다 표시된 수량까지만 선택하세요.", "반품할 상품을 하나 이상 선택하세요.", "반품하는 상품마다 사유를 선택하세요.",
        "불량 상품은 불량 부위 사진을 첨부해 주세요.", "이 사진은 사용할 수 없습니다. 15MB 이하, 가로세로 200픽셀 이상의 JPEG, PNG 또는 WebP 이미지를 보내 주세요.",
        "목록의 매장 중에서 선택하세요.", "메시지는 1,000자 이내로 입력하세요.",
        "아직 배송되지 않았습니다. 도착 후 반품할 수 있습니다.", "이미 반품되었거나 반송 중입니다.", "반품 기간이 {0}에 끝났습니다.", "반품 불가: {0}",
        "받는 곳",
        "원하시는 처리", "환불", "교환(다른 사이즈 또는 색상, 왕복 배송비 무료)", "적립금: {0}% 더 드리는 기프트 카드",
        "교환할 상품", "사이즈 또는 색상 선택", "품절",
        "교환 상품을 확보해 두었으며 반품 상품이 도착하는 대로 보내 드립니다.",
        "교환하려면 상품마다 다른 사이즈나 색상을 선택하세요.", "선택한 사이즈나 색상이 방금 품절되었습니다. 다른 옵션이나 환불을 선택하세요.",
        "적립금: {0} (상품 도착 후)");

    public static ReturnsText For(string language) => language switch
    {
        "it" => Italian,
        "ko" => Korean,
        _ => English,
    };

    public string ReasonName(ReturnReason reason) => reason switch
    {
        ReturnReason.TooSmall => Pick("Too small", "Troppo piccolo", "사이즈가 작음"),
        ReturnReason.TooLarge => Pick("Too large", "Troppo grande", "사이즈가 큼"),
        ReturnReason.NotAsPictured => Pick("Not as pictured", "Diverso dalla foto", "사진과 다름"),
        ReturnReason.Faulty => Pick("Faulty", "Difettoso", "불량"),
        ReturnReason.ChangedMind => Pick("Changed my mind", "Ho cambiato idea", "단순 변심"),
        ReturnReason.ArrivedLate => Pick("Arrived too late", "Arrivato in ritardo", "배송 지연"),
        _ => Pick("Other", "Altro", "기타"),
    };

    public string StageName(ReturnStage stage) => stage switch
    {
        ReturnStage.Requested => Pick("Requested: waiting for the items", "Richiesto: in attesa degli articoli", "신청됨: 상품 도착 대기"),
        ReturnStage.Received => Pick("Received: refund on its way", "Ricevuto: rimborso in corso", "도착: 환불 진행 중"),
        ReturnStage.Exchanged => Pick("Exchange sent", "Cambio spedito", "교환 상품 발송"),
        ReturnStage.Cancelled => Pick("Cancelled: nothing to send", "Annullato: non c'è niente da spedire", "취소됨: 보내실 상품이 없습니다"),
        _ => Pick("Refunded", "Rimborsato", "환불 완료"),
    };

    public string CancelReturn => Pick("Cancel this return", "Annulla questo reso", "반품 신청 취소");

    public string CancelHint => Pick(
        "Changed your mind? Until the items are on their way you can call the return off; you can still start another one before the window closes.",
        "Hai cambiato idea? Finché gli articoli non sono in viaggio puoi annullare il reso; potrai comunque avviarne un altro entro il termine.",
        "마음이 바뀌셨나요? 상품을 보내기 전이라면 반품 신청을 취소할 수 있으며, 기간 안에 다시 신청하실 수 있습니다.");

    public string CannotCancel => Pick(
        "This return can no longer be cancelled: the items have arrived or the exchange has left. Write to us from the contact page if something is wrong.",
        "Questo reso non si può più annullare: gli articoli sono arrivati o il cambio è partito. Scrivici dalla pagina dei contatti se qualcosa non va.",
        "상품이 도착했거나 교환 상품이 발송되어 더 이상 취소할 수 없습니다. 문제가 있으면 문의하기로 연락해 주세요.");

    private string Pick(string en, string it, string ko) => ReferenceEquals(this, Italian) ? it : ReferenceEquals(this, Korean) ? ko : en;
}
