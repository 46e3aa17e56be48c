using Vetrina.Kernel;
using Vetrina.Orders.Contracts;

namespace Vetrina.Storefront.Localization;

/// <summary>The words of checkout and of the order pages, one typed record per language like <see cref="StoreText"/>.</summary>
internal sealed record CheckoutText
{
    public required string Checkout { get; init; }
    public required string GoToCheckout { get; init; }
    public required string Contact { get; init; }
    public required string DeliveryAddress { get; init; }
    public required string BillingAddress { get; init; }
    public required string BillingSame { get; init; }
    public required string FullName { get; init; }
    public required string Country { get; init; }
    public required string Line1 { get; init; }
    public required string Line2 { get; init; }
    public required string City { get; init; }
    public required string Region { get; init; }
    public required string RegionHint { get; init; }
    public required string PostalCode { get; init; }
    public required string Phone { get; init; }
    public required string Delivery { get; init; }
    public required string Free { get; init; }
    public required string FreeOver { get; init; }
    public required string Payment { get; init; }
    public required string DiscountCode { get; init; }
    public required string Apply { get; init; }
    public required string GiftCard { get; init; }
    public required string PayOnProviderPage { get; init; }
    public required string ToPay { get; init; }
    public required string CardNumber { get; init; }
    public required string ExpiryMonth { get; init; }
    public required string ExpiryYear { get; init; }
    public required string Cvc { get; init; }
    public required string CardHolder { get; init; }
    public required string TestCardsNote { get; init; }
    public required string Summary { get; init; }
    public required string Total { get; init; }
    public required string VatLine { get; init; }
    public required string MarketingConsent { get; init; }
    public required string SimilarProductsNotice { get; init; }
    public required string NoSimilarProductEmails { get; init; }
    public required string AcceptTerms { get; init; }

    public required string EmailChoices { get; init; }
    public required string WithdrawalTitle { get; init; }
    public required string WithdrawalEu { get; init; }
    public required string WithdrawalKorea { get; init; }
    public required string Pay { get; init; }
    public required string FixErrors { get; init; }
    public required string TotalChanged { get; init; }
    public required string NowBackordered { get; init; }
    public required string SoldOutLine { get; init; }
    public required string CardDeclined { get; init; }
    public required string TryAgain { get; init; }
    public required IReadOnlyDictionary<string, string> Errors { get; init; }
    public required IReadOnlyDictionary<string, string> Declines { get; init; }
    public required string OrderTitle { get; init; }
    public required string ThankYou { get; init; }
    public required string ConfirmationSent { get; init; }
    public required string Status { get; init; }
    public required IReadOnlyDictionary<OrderStatus, string> Statuses { get; init; }
    public required string PaymentPending { get; init; }
    public required string CompletePayment { get; init; }
    public required string CancelledUnpaid { get; init; }

    public required string TryAnotherCard { get; init; }
    public required string History { get; init; }
    public required string DeliverTo { get; init; }
    public required string CollectAt { get; init; }
    public required string PlacedOn { get; init; }
    public required string Parcels { get; init; }
    public required string ParcelShipped { get; init; }
    public required string TrackParcel { get; init; }
    public required string YourOrders { get; init; }
    public required string NoOrders { get; init; }
    public required string YourAddresses { get; init; }
    public required Plural ReturnedUnits { get; init; }
    public required string NoAddresses { get; init; }
    public required string AddAddress { get; init; }
    public required string EditAddress { get; init; }
    public required string SaveAddress { get; init; }
    public required string MakeDefault { get; init; }
    public required string DefaultAddress { get; init; }
    public required string Edit { get; init; }
    public required string Delete { get; init; }
    public required string AddressSaved { get; init; }
    public required string AddressDeleted { get; init; }
    public required string AddressBookFull { get; init; }
    public required string UseSavedAddress { get; init; }

    public static CheckoutText For(string language) => language switch
    {
        Languages.Italian => Italian,
        Languages.Korean => Korean,
        _ => English,
    };

    /// <summary>The sentence for an error code, else the generic one.</summary>
    public string Error(string code) => Errors.GetValueOrDefault(code) ?? Errors["invalid"];

    public string Decline(string? code) => Declines.GetValueOrDefault(code ?? "") ?? Declines["card_declined"];

    public static readonly CheckoutText English = new()
    {
        Checkout = "Checkout", GoToCheckout = "Go to checkout", Contact = "Contact", DeliveryAddress = "Delivery address", BillingAddress = "Billing address",
        BillingSame = "My billing address is the delivery address", FullName = "Full name", Country = "Country", Line1 = "Address",
        Line2 = "Apartment, floor, building (optional)", City = "City", Region = "Province or state",
        RegionHint = "Italy: province abbreviation, e.g. MI. United States: state, e.g. NY. Elsewhere optional.", PostalCode = "Postcode",
        Phone = "Phone (optional, for the courier)", Delivery = "Delivery", Free = "Free", FreeOver = "free over {0}", Payment = "Payment", DiscountCode = "Discount code", Apply = "Apply", GiftCard = "Gift card", ToPay = "To pay by card", PayOnProviderPage = "You will pay on our payment provider's secure page, then come back here.",
        CardNumber = "Card number", ExpiryMonth = "Expiry month", ExpiryYear = "Expiry year", Cvc = "Security code (CVC)", CardHolder = "Name on card",
        TestCardsNote = "Demo shop: no real money moves. Use 4242 4242 4242 4242 to pay, 4000 0000 0000 3220 for a 3-D Secure check, 4000 0000 0000 0002 for a decline.",
        Summary = "Order summary", Total = "Total", VatLine = "Includes VAT {0}%: {1}",
        MarketingConsent = "Email me news and offers. Optional and separate from your order; you can unsubscribe at any time.",
        SimilarProductsNotice = "Even without that box, as a customer you may now and then get an email about products like the ones you buy. Each one has a one-click unsubscribe link, or say no now:",
        NoSimilarProductEmails = "Don't email me about similar products either",
        AcceptTerms = "I have read and accept the terms of sale", EmailChoices = "Emails from us", WithdrawalTitle = "Your right to change your mind",
        WithdrawalEu = "You may withdraw from this purchase within 14 days of receiving it, without giving a reason: tell us and send the items back unworn; we refund the price and the standard delivery within 14 days.",
        WithdrawalKorea = "You may cancel this purchase within 7 days of receiving it (Act on Consumer Protection in Electronic Commerce): tell us and send the items back unworn; we refund you within 3 working days of receiving them.",
        Pay = "Pay {0}", FixErrors = "Please check the following:", TotalChanged = "The total has changed since you opened this page: it is now {0}. Check your order and pay again.",
        NowBackordered = "Meanwhile the last pieces in stock sold: some items now ship later, on the dates shown below. Check your order and pay again.",
        SoldOutLine = "{0}: only {1} left. Change the quantity in your bag.", CardDeclined = "The payment did not go through: {0}. Nothing was charged; try another card.",
        TryAgain = "Please submit the form again.",
        Errors = new Dictionary<string, string>
        {
            ["invalid"] = "Check this field.", ["required"] = "This is required.", ["too_long"] = "This is too long.",
            ["email_format"] = "Enter an email address like name@example.com.",
            ["postal_code_format"] = "Check the postcode: Italy and Korea use 5 digits, the United States 12345 or 12345-6789.",
            ["unknown_region"] = "Use the province abbreviation (e.g. MI) or the US state code (e.g. NY).", ["unknown_country"] = "Choose a country.",
            ["country_outside_market"] = "We deliver there from another market: change “Ship to” at the top of the page.",
            ["phone_format"] = "Use digits only; a leading + is fine.", ["terms_not_accepted"] = "Accept the terms of sale to place your order.",
            ["card_number"] = "Check the card number.", ["card_expired"] = "This card has expired, or the date is wrong.", ["card_cvc"] = "The security code is 3 or 4 digits.",
            ["unknown_shipping_method"] = "Choose a delivery option.", ["line_not_for_sale"] = "Something in your bag is no longer for sale: remove it from your bag.",
            ["discount_unknown"] = "We do not know this code: check the spelling.", ["discount_expired"] = "This code has expired.",
            ["discount_not_yet_valid"] = "This code is not valid yet.", ["discount_used_up"] = "This code has been used up.",
            ["discount_other_market"] = "This code is for another country's shop.", ["discount_minimum_spend"] = "Add a little more to your bag to use this code.",
            ["discount_no_eligible_items"] = "Nothing in your bag is part of this offer.", ["discount_not_combinable"] = "This code cannot be combined with the offer you already have, which saves you more.",
            ["discount_already_used"] = "You have already used this code.",
            ["giftcard_unknown"] = "We do not know this gift card: check the code.", ["giftcard_expired"] = "This gift card has expired.",
            ["giftcard_other_currency"] = "This gift card is for another country's shop.", ["giftcard_empty"] = "This gift card has no balance left.",
            ["giftcard_balance_changed"] = "The gift card was just used elsewhere: check what it still pays.",
        },
        Declines = new Dictionary<string, string>
        {
            ["card_declined"] = "your bank declined the card", ["insufficient_funds"] = "there are not enough funds on the card",
            ["expired_card"] = "the card has expired", ["authentication_failed"] = "the 3-D Secure check was not completed",
            ["incorrect_card_details"] = "the card details are not right", ["payment_timeout"] = "the payment was not completed in time",
        },
        OrderTitle = "Order {0}", ThankYou = "Thank you! Your order is confirmed.", ConfirmationSent = "We have sent a confirmation to {0}.", Status = "Status",
        Statuses = new Dictionary<OrderStatus, string>
        {
            [OrderStatus.Placed] = "Awaiting payment", [OrderStatus.Authorised] = "Confirmed", [OrderStatus.Paid] = "Paid",
            [OrderStatus.PartiallyShipped] = "Partly shipped", [OrderStatus.Shipped] = "Shipped", [OrderStatus.Delivered] = "Delivered",
            [OrderStatus.Completed] = "Completed", [OrderStatus.Cancelled] = "Cancelled", [OrderStatus.PartiallyRefunded] = "Partly refunded",
            [OrderStatus.Refunded] = "Refunded",
        },
        PaymentPending = "We are waiting for your bank to confirm the payment.", CompletePayment = "Complete the payment check",
        CancelledUnpaid = "This order was cancelled because the payment was not completed ({0}). Nothing was charged.",
        TryAnotherCard = "Try another card: your bag and address are kept", History = "History",
        DeliverTo = "Delivery to", CollectAt = "Collect at", PlacedOn = "Placed on {0}",
        Parcels = "Parcels", ParcelShipped = "Shipped on {0} with {1}", TrackParcel = "Track your parcel", YourOrders = "Your orders", NoOrders = "You have no orders yet.",
        ReturnedUnits = new("{0} returned", "{0} returned"), YourAddresses = "Your addresses", NoAddresses = "No saved addresses yet. Add one here, or it is kept when you order.",
        AddAddress = "Add an address", EditAddress = "Edit the address", SaveAddress = "Save address", MakeDefault = "Use first at checkout",
        DefaultAddress = "Used first at checkout", Edit = "Edit", Delete = "Delete", AddressSaved = "Address saved.", AddressDeleted = "Address deleted.",
        AddressBookFull = "You have 20 saved addresses, the most we keep: delete one to add another.", UseSavedAddress = "Deliver to a saved address:",
    };

    public static readonly CheckoutText Italian = new()
    {
        Checkout = "Cassa", GoToCheckout = "Vai alla cassa", Contact = "Contatto", DeliveryAddress = "Indirizzo di consegna", BillingAddress = "Indirizzo di fatturazione",
        BillingSame = "L'indirizzo di fatturazione è quello di consegna", FullName = "Nome e cognome", Country = "Paese", Line1 = "Indirizzo",
        Line2 = "Interno, piano, scala (facoltativo)", City = "Città", Region = "Provincia o stato",
        RegionHint = "Italia: sigla della provincia, ad es. MI. Stati Uniti: stato, ad es. NY. Altrove facoltativo.", PostalCode = "CAP",
        Phone = "Telefono (facoltativo, per il corriere)", Delivery = "Consegna", Free = "Gratis", FreeOver = "gratis oltre {0}", Payment = "Pagamento", DiscountCode = "Codice sconto", Apply = "Applica", GiftCard = "Carta regalo", ToPay = "Da pagare con carta", PayOnProviderPage = "Pagherai sulla pagina sicura del nostro fornitore di pagamenti, poi tornerai qui.",
        CardNumber = "Numero della carta", ExpiryMonth = "Mese di scadenza", ExpiryYear = "Anno di scadenza", Cvc = "Codice di sicurezza (CVC)",
        CardHolder = "Titolare della carta",
        TestCardsNote = "Negozio dimostrativo: nessun addebito reale. Usa 4242 4242 4242 4242 per pagare, 4000 0000 0000 3220 per la verifica 3-D Secure, 4000 0000 0000 0002 per un rifiuto.",
        Summary = "Riepilogo dell'ordine", Total = "Totale", VatLine = "di cui IVA {0}%: {1}",
        MarketingConsent = "Inviatemi novità e offerte via email. Facoltativo e separato dall'acquisto; puoi disiscriverti quando vuoi.",
        SimilarProductsNotice = "Anche senza spuntare la casella, come cliente potresti ricevere di tanto in tanto un'email su prodotti simili a quelli che acquisti. Ognuna contiene un link per disiscriverti con un clic, oppure rifiuta ora:",
        NoSimilarProductEmails = "Non inviatemi neppure email su prodotti simili",
        AcceptTerms = "Ho letto e accetto le condizioni di vendita", EmailChoices = "Le nostre email", WithdrawalTitle = "Diritto di recesso",
        WithdrawalEu = "Puoi recedere dall'acquisto entro 14 giorni dal ricevimento, senza indicarne il motivo: avvisaci e restituisci gli articoli non indossati; rimborsiamo il prezzo e la consegna standard entro 14 giorni.",
        WithdrawalKorea = "Puoi annullare l'acquisto entro 7 giorni dal ricevimento (legge coreana sul commercio elettronico): avvisaci e restituisci gli articoli non indossati; rimborsiamo entro 3 giorni lavorativi dal loro arrivo.",
        Pay = "Paga {0}", FixErrors = "Controlla quanto segue:", TotalChanged = "Il totale è cambiato da quando hai aperto la pagina: ora è {0}. Controlla l'ordine e paga di nuovo.",
        NowBackordered = "Nel frattempo gli ultimi pezzi disponibili sono stati venduti: alcuni articoli partiranno più tardi, nelle date indicate qui sotto. Controlla l'ordine e paga di nuovo.",
        SoldOutLine = "{0}: ne restano solo {1}. Cambia la quantità nella borsa.", CardDeclined = "Il pagamento non è andato a buon fine: {0}. Non è stato addebitato nulla; prova un'altra carta.",
        TryAgain = "Invia di nuovo il modulo.",
        Errors = new Dictionary<string, string>
        {
            ["invalid"] = "Controlla questo campo.", ["required"] = "Campo obbligatorio.", ["too_long"] = "Il testo è troppo lungo.",
            ["email_format"] = "Inserisci un indirizzo email come nome@esempio.it.",
            ["postal_code_format"] = "Controlla il CAP: in Italia e in Corea ha 5 cifre, negli Stati Uniti 12345 o 12345-6789.",
            ["unknown_region"] = "Usa la sigla della provincia (ad es. MI) o il codice dello stato USA (ad es. NY).", ["unknown_country"] = "Scegli un paese.",
            ["country_outside_market"] = "Consegniamo in quel paese da un altro mercato: cambia “Spedisci in” in cima alla pagina.",
            ["phone_format"] = "Usa solo cifre; va bene un + iniziale.", ["terms_not_accepted"] = "Accetta le condizioni di vendita per completare l'ordine.",
            ["card_number"] = "Controlla il numero della carta.", ["card_expired"] = "La carta è scaduta o la data non è corretta.", ["card_cvc"] = "Il codice di sicurezza ha 3 o 4 cifre.",
            ["unknown_shipping_method"] = "Scegli un metodo di consegna.", ["line_not_for_sale"] = "Un articolo nella borsa non è più in vendita: toglilo dalla borsa.",
            ["discount_unknown"] = "Non conosciamo questo codice: controlla come l'hai scritto.", ["discount_expired"] = "Questo codice è scaduto.",
            ["discount_not_yet_valid"] = "Questo codice non è ancora valido.", ["discount_used_up"] = "Questo codice è esaurito.",
            ["discount_other_market"] = "Questo codice vale per il negozio di un altro paese.", ["discount_minimum_spend"] = "Aggiungi ancora qualcosa alla borsa per usare questo codice.",
            ["discount_no_eligible_items"] = "Nessun articolo nella borsa fa parte di questa offerta.", ["discount_not_combinable"] = "Questo codice non si somma all'offerta già applicata, che ti fa risparmiare di più.",
            ["discount_already_used"] = "Hai già usato questo codice.",
            ["giftcard_unknown"] = "Non conosciamo questa carta regalo: controlla il codice.", ["giftcard_expired"] = "Questa carta regalo è scaduta.",
            ["giftcard_other_currency"] = "Questa carta regalo vale per il negozio di un altro paese.", ["giftcard_empty"] = "Questa carta regalo non ha più credito.",
            ["giftcard_balance_changed"] = "La carta regalo è stata appena usata altrove: controlla quanto copre ancora.",
        },
        Declines = new Dictionary<string, string>
        {
            ["card_declined"] = "la banca ha rifiutato la carta", ["insufficient_funds"] = "fondi insufficienti sulla carta",
            ["expired_card"] = "la carta è scaduta", ["authentication_failed"] = "la verifica 3-D Secure non è stata completata",
            ["incorrect_card_details"] = "i dati della carta non sono corretti", ["payment_timeout"] = "il pagamento non è stato completato in tempo",
        },
        OrderTitle = "Ordine {0}", ThankYou = "Grazie! Il tuo ordine è confermato.", ConfirmationSent = "Abbiamo inviato una conferma a {0}.", Status = "Stato",
        Statuses = new Dictionary<OrderStatus, string>
        {
            [OrderStatus.Placed] = "In attesa di pagamento", [OrderStatus.Authorised] = "Confermato", [OrderStatus.Paid] = "Pagato",
            [OrderStatus.PartiallyShipped] = "Spedito in parte", [OrderStatus.Shipped] = "Spedito", [OrderStatus.Delivered] = "Consegnato",
            [OrderStatus.Completed] = "Completato", [OrderStatus.Cancelled] = "Annullato", [OrderStatus.PartiallyRefunded] = "Rimborsato in parte",
            [OrderStatus.Refunded] = "Rimborsato",
        },
        PaymentPending = "Stiamo aspettando che la banca confermi il pagamento.", CompletePayment = "Completa la verifica del pagamento",
        CancelledUnpaid = "L'ordine è stato annullato perché il pagamento non è stato completato ({0}). Non è stato addebitato nulla.",
        TryAnotherCard = "Prova con un'altra carta: borsa e indirizzo restano", History = "Cronologia",
        DeliverTo = "Consegna a", CollectAt = "Ritiro presso", PlacedOn = "Effettuato il {0}",
        Parcels = "Pacchi", ParcelShipped = "Spedito il {0} con {1}", TrackParcel = "Segui il pacco", YourOrders = "I tuoi ordini", NoOrders = "Non hai ancora ordini.",
        ReturnedUnits = new("{0} reso", "{0} resi"), YourAddresses = "I tuoi indirizzi", NoAddresses = "Nessun indirizzo salvato. Aggiungine uno qui, oppure lo salviamo quando ordini.",
        AddAddress = "Aggiungi un indirizzo", EditAddress = "Modifica l'indirizzo", SaveAddress = "Salva indirizzo", MakeDefault = "Usalo per primo al checkout",
        DefaultAddress = "Usato per primo al checkout", Edit = "Modifica", Delete = "Elimina", AddressSaved = "Indirizzo salvato.", AddressDeleted = "Indirizzo eliminato.",
        AddressBookFull = "Hai 20 indirizzi salvati, il massimo: eliminane uno per aggiungerne un altro.", UseSavedAddress = "Consegna a un indirizzo salvato:",
    };

    public static readonly CheckoutText Korean = new()
    {
        Checkout = "결제하기", GoToCheckout = "결제하기", Contact = "연락처", DeliveryAddress = "배송지", BillingAddress = "청구지 주소",
        BillingSame = "청구지 주소가 배송지와 같습니다", FullName = "받는 분 이름", Country = "국가", Line1 = "주소 (도로명)",
        Line2 = "상세 주소 (동·호수, 선택)", City = "시/군/구 (선택)", Region = "시/도 또는 주",
        RegionHint = "이탈리아: 도 약어 (예: MI). 미국: 주 (예: NY). 그 외 선택.", PostalCode = "우편번호",
        Phone = "휴대폰 번호 (선택, 택배 기사용)", Delivery = "배송 방법", Free = "무료", FreeOver = "{0} 이상 무료", Payment = "결제", DiscountCode = "할인 코드", Apply = "적용", GiftCard = "기프트 카드", ToPay = "카드 결제 금액", PayOnProviderPage = "결제 대행사의 안전한 결제 페이지에서 결제한 후 이곳으로 돌아옵니다.",
        CardNumber = "카드 번호", ExpiryMonth = "유효기간 (월)", ExpiryYear = "유효기간 (연도)", Cvc = "보안 코드 (CVC)", CardHolder = "카드 소유자 이름",
        TestCardsNote = "데모 상점입니다: 실제 결제는 이루어지지 않습니다. 결제는 4242 4242 4242 4242, 3-D Secure 인증은 4000 0000 0000 3220, 거절은 4000 0000 0000 0002를 사용하세요.",
        Summary = "주문 요약", Total = "합계", VatLine = "부가세 {0}% 포함: {1}",
        MarketingConsent = "이메일로 새 소식과 혜택을 받겠습니다. 주문과 별개인 선택 사항이며 언제든지 수신을 거부할 수 있습니다.",
        SimilarProductsNotice = "위 항목에 체크하지 않으셔도 구매 고객께는 구매하신 상품과 비슷한 상품에 관한 이메일을 가끔 보내 드릴 수 있습니다. 모든 이메일에 한 번의 클릭으로 수신을 거부하는 링크가 있으며, 지금 거부하실 수도 있습니다:",
        NoSimilarProductEmails = "비슷한 상품에 관한 이메일도 받지 않겠습니다",
        AcceptTerms = "구매 조건을 읽었으며 이에 동의합니다", EmailChoices = "이메일 수신", WithdrawalTitle = "청약철회 안내",
        WithdrawalEu = "상품 수령 후 14일 이내에 사유 없이 구매를 철회할 수 있습니다: 알려 주시고 착용하지 않은 상품을 반송해 주시면 14일 이내에 상품 금액과 기본 배송비를 환불해 드립니다.",
        WithdrawalKorea = "전자상거래법에 따라 상품 수령 후 7일 이내에 청약철회를 할 수 있습니다: 알려 주시고 착용하지 않은 상품을 반송해 주시면 상품 도착 후 영업일 기준 3일 이내에 환불해 드립니다.",
        Pay = "{0} 결제하기", FixErrors = "다음 항목을 확인해 주세요:", TotalChanged = "페이지를 연 뒤 합계가 변경되었습니다: 현재 {0}입니다. 주문 내용을 확인한 후 다시 결제해 주세요.",
        NowBackordered = "그사이 남은 재고가 판매되어 일부 상품은 아래 표시된 날짜에 늦게 발송됩니다. 주문 내용을 확인한 후 다시 결제해 주세요.",
        SoldOutLine = "{0}: {1}개만 남았습니다. 쇼핑백에서 수량을 변경해 주세요.", CardDeclined = "결제가 완료되지 않았습니다: {0}. 청구된 금액은 없습니다. 다른 카드를 사용해 주세요.",
        TryAgain = "양식을 다시 제출해 주세요.",
        Errors = new Dictionary<string, string>
        {
            ["invalid"] = "이 항목을 확인해 주세요.", ["required"] = "필수 항목입니다.", ["too_long"] = "너무 깁니다.",
            ["email_format"] = "name@example.com 형식의 이메일 주소를 입력해 주세요.",
            ["postal_code_format"] = "우편번호를 확인해 주세요: 한국과 이탈리아는 5자리, 미국은 12345 또는 12345-6789입니다.",
            ["unknown_region"] = "이탈리아 도 약어 (예: MI) 또는 미국 주 코드 (예: NY)를 입력해 주세요.", ["unknown_country"] = "국가를 선택해 주세요.",
            ["country_outside_market"] = "해당 국가는 다른 마켓에서 배송합니다: 페이지 상단의 ‘배송 국가’를 변경해 주세요.",
            ["phone_format"] = "숫자만 입력해 주세요 (앞에 + 가능).", ["terms_not_accepted"] = "주문하려면 구매 조건에 동의해 주세요.",
            ["card_number"] = "카드 번호를 확인해 주세요.", ["card_expired"] = "카드 유효기간이 지났거나 날짜가 올바르지 않습니다.", ["card_cvc"] = "보안 코드는 3자리 또는 4자리입니다.",
            ["unknown_shipping_method"] = "배송 방법을 선택해 주세요.", ["line_not_for_sale"] = "쇼핑백의 상품 중 더 이상 판매하지 않는 상품이 있습니다: 쇼핑백에서 삭제해 주세요.",
            ["discount_unknown"] = "알 수 없는 코드입니다: 철자를 확인해 주세요.", ["discount_expired"] = "기간이 만료된 코드입니다.",
            ["discount_not_yet_valid"] = "아직 사용할 수 없는 코드입니다.", ["discount_used_up"] = "사용 한도가 모두 소진된 코드입니다.",
            ["discount_other_market"] = "다른 국가 상점용 코드입니다.", ["discount_minimum_spend"] = "이 코드를 사용하려면 최소 구매 금액을 채워 주세요.",
            ["discount_no_eligible_items"] = "쇼핑백에 이 혜택 대상 상품이 없습니다.", ["discount_not_combinable"] = "이미 적용된 혜택이 더 크며, 이 코드와 중복 적용되지 않습니다.",
            ["discount_already_used"] = "이미 사용한 코드입니다.",
            ["giftcard_unknown"] = "알 수 없는 기프트 카드입니다: 코드를 확인해 주세요.", ["giftcard_expired"] = "유효기간이 지난 기프트 카드입니다.",
            ["giftcard_other_currency"] = "다른 국가 상점용 기프트 카드입니다.", ["giftcard_empty"] = "잔액이 없는 기프트 카드입니다.",
            ["giftcard_balance_changed"] = "기프트 카드가 방금 다른 곳에서 사용되었습니다: 남은 금액을 확인해 주세요.",
        },
        Declines = new Dictionary<string, string>
        {
            ["card_declined"] = "카드사에서 승인을 거절했습니다", ["insufficient_funds"] = "카드 잔액이 부족합니다",
            ["expired_card"] = "카드 유효기간이 지났습니다", ["authentication_failed"] = "3-D Secure 인증이 완료되지 않았습니다",
            ["incorrect_card_details"] = "카드 정보가 올바르지 않습니다", ["payment_timeout"] = "제한 시간 안에 결제가 완료되지 않았습니다",
        },
        OrderTitle = "주문 {0}", ThankYou = "감사합니다! 주문이 확정되었습니다.", ConfirmationSent = "{0}(으)로 주문 확인 메일을 보냈습니다.", Status = "상태",
        Statuses = new Dictionary<OrderStatus, string>
        {
            [OrderStatus.Placed] = "결제 대기", [OrderStatus.Authorised] = "주문 확정", [OrderStatus.Paid] = "결제 완료",
            [OrderStatus.PartiallyShipped] = "부분 발송", [OrderStatus.Shipped] = "발송 완료", [OrderStatus.Delivered] = "배송 완료",
            [OrderStatus.Completed] = "구매 확정", [OrderStatus.Cancelled] = "주문 취소", [OrderStatus.PartiallyRefunded] = "부분 환불",
            [OrderStatus.Refunded] = "환불 완료",
        },
        PaymentPending = "카드사의 결제 확인을 기다리고 있습니다.", CompletePayment = "결제 인증 완료하기",
        CancelledUnpaid = "결제가 완료되지 않아 주문이 취소되었습니다 ({0}). 청구된 금액은 없습니다.",
        TryAnotherCard = "다른 카드로 다시 결제하기 (쇼핑백과 주소는 그대로 유지됩니다)", History = "주문 이력",
        DeliverTo = "배송지", CollectAt = "수령 매장", PlacedOn = "주문일 {0}",
        Parcels = "배송 정보", ParcelShipped = "{0} {1}(으)로 발송", TrackParcel = "배송 조회", YourOrders = "주문 내역", NoOrders = "아직 주문 내역이 없습니다.",
        ReturnedUnits = new("{0}개 반품"), YourAddresses = "배송지 목록", NoAddresses = "저장된 배송지가 없습니다. 여기에서 추가하거나, 주문하시면 자동으로 저장됩니다.",
        AddAddress = "배송지 추가", EditAddress = "배송지 수정", SaveAddress = "배송지 저장", MakeDefault = "기본 배송지로 사용",
        DefaultAddress = "기본 배송지", Edit = "수정", Delete = "삭제", AddressSaved = "배송지를 저장했습니다.", AddressDeleted = "배송지를 삭제했습니다.",
        AddressBookFull = "배송지는 최대 20개까지 저장할 수 있습니다. 하나를 삭제한 후 추가해 주세요.", UseSavedAddress = "저장된 배송지로 받기:",
    };
}
