using Vetrina.Helpdesk.Contracts;

namespace Vetrina.Storefront.Localization;

/// <summary>The contact form's words.</summary>
internal sealed record ContactText(
    string Link, string Heading, string Intro, string Name, string Email, string Topic, string OrderNumber, string OrderHint, string Message, string Send,
    string Received, string Required, string TooLong, string NotAnEmail, string HelpWithOrder, string Photos, string PhotosHint, string PhotoRefused,
    string TooManyPhotos)
{
    private static readonly ContactText English = new("Contact us", "Contact us",
        "Ask us anything about an order, a size, a return or a product. We answer by email within one working day.",
        "Your name", "Your email", "What it is about", "Order number (optional)", "As in your order confirmation, e.g. VT-100042.", "Your message", "Send",
        "We received your request {0}. We sent a confirmation to {1} and will answer there.", "Fill this in.", "This is too long.", "Enter an email address such as name@example.com.",
        "Help with this order", "Photos (optional)", "Up to 3 photos of the item or parcel, 10 MB each: JPEG, PNG or WebP.",
        "One of the files is not a photo we can read, or is larger than 10 MB: choose JPEG, PNG or WebP photos.", "Choose up to 3 photos.");

    private static readonly ContactText Italian = new("Contattaci", "Contattaci",
        "Chiedici qualsiasi cosa su un ordine, una taglia, un reso o un prodotto. Rispondiamo via email entro un giorno lavorativo.",
        "Il tuo nome", "La tua email", "Argomento", "Numero d'ordine (facoltativo)", "Come nella conferma d'ordine, ad es. VT-100042.", "Il tuo messaggio", "Invia",
        "Abbiamo ricevuto la tua richiesta {0}. Ti abbiamo inviato una conferma a {1} e ti risponderemo lì.", "Compila questo campo.", "Il testo è troppo lungo.",
        "Inserisci un indirizzo email come nome@esempio.it.", "Aiuto con questo ordine",
        "Foto (facoltative)", "Fino a 3 foto dell'articolo o del pacco, 10 MB ciascuna: JPEG, PNG o WebP.",
        "Uno dei file non è una foto leggibile o supera i 10 MB: scegli foto JPEG, PNG o WebP.", "Scegli al massimo 3 foto.");

    private static readonly ContactText Korean = new("문의하기", "문의하기",
        "주문, 사이즈, 반품, 상품에 대해 무엇이든 문의하세요. 영업일 기준 1일 이내에 이메일로 답변드립니다.",
        "이름", "이메일", "문의 유형", "주문 번호(선택)", "주문 확인서와 같이, 예: VT-100042.", "문의 내용", "보내기",
        "문의 {0}이(가) 접수되었습니다. {1}(으)로 확인 메일을 보냈으며 답변도 그곳으로 드립니다.", "이 항목을 입력하세요.", "내용이 너무 깁니다.",
        "name@example.com 같은 이메일 주소를 입력하세요.", "이 주문 문의하기",
        "사진(선택)", "상품이나 상자 사진 최대 3장, 장당 10MB: JPEG, PNG, WebP.",
        "사진으로 읽을 수 없는 파일이 있거나 10MB를 넘습니다. JPEG, PNG, WebP 사진을 골라 주세요.", "사진은 최대 3장까지 고를 수 있습니다.");

    public static ContactText For(string language) => language switch
    {
        "it" => Italian,
        "ko" => Korean,
        _ => English,
    };

    public string TopicName(TicketTopic topic) => topic switch
    {
        TicketTopic.Order => Pick("An order", "Un ordine", "주문"),
        TicketTopic.Delivery => Pick("Delivery", "Consegna", "배송"),
        TicketTopic.Returns => Pick("Returns and refunds", "Resi e rimborsi", "반품 및 환불"),
        TicketTopic.Sizes => Pick("Sizes and fit", "Taglie e vestibilità", "사이즈"),
        TicketTopic.Payments => Pick("Payments", "Pagamenti", "결제"),
        TicketTopic.Product => Pick("A product", "Un prodotto", "상품"),
        _ => Pick("Something else", "Altro", "기타"),
    };

    public string Problem(ContactProblem problem) => problem switch
    {
        ContactProblem.TooLong => TooLong,
        ContactProblem.NotAnEmail => NotAnEmail,
        ContactProblem.PhotoRefused => PhotoRefused,
        ContactProblem.TooManyPhotos => TooManyPhotos,
        _ => Required,
    };

    private string Pick(string en, string it, string ko) => ReferenceEquals(this, Italian) ? it : ReferenceEquals(this, Korean) ? ko : en;
}
