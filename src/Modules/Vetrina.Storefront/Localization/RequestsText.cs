using Vetrina.Helpdesk.Contracts;

namespace Vetrina.Storefront.Localization;

/// <summary>The account's customer-service pages' words.</summary>
internal sealed record RequestsText(string Heading, string None, string Request, string Order, string Updated, string You, string Reply, string Send, string Sent,
    string Empty, string New, string Files, string FilesHint, string FileRefused, string Photo)
{
    private static readonly RequestsText English = new("Your requests", "You have not written to us yet.", "Request {0}", "Order {0}", "Updated {0}", "You",
        "Add a reply", "Send", "Your reply was added. We will answer by email.", "Write your reply first (at most 10,000 characters).", "Ask us something",
        "Photos or PDFs (optional)", "Up to 3 files, 10 MB each: JPEG, PNG or WebP photos, or PDF.",
        "One of the files is not a photo or a PDF we can read, is larger than 10 MB, or there are more than 3: choose again.", "Photo {0}");

    private static readonly RequestsText Italian = new("Le tue richieste", "Non ci hai ancora scritto.", "Richiesta {0}", "Ordine {0}", "Aggiornata il {0}", "Tu",
        "Aggiungi una risposta", "Invia", "La tua risposta è stata aggiunta. Ti risponderemo via email.", "Scrivi prima la risposta (al massimo 10.000 caratteri).",
        "Facci una domanda", "Foto o PDF (facoltativi)", "Fino a 3 file, 10 MB ciascuno: foto JPEG, PNG o WebP, oppure PDF.",
        "Uno dei file non è una foto o un PDF leggibile, supera i 10 MB, o sono più di 3: scegli di nuovo.", "Foto {0}");

    private static readonly RequestsText Korean = new("내 문의", "아직 문의하신 내역이 없습니다.", "문의 {0}", "주문 {0}", "{0} 업데이트", "나",
        "답글 추가", "보내기", "답글이 추가되었습니다. 이메일로 답변드리겠습니다.", "답글을 먼저 입력하세요(최대 10,000자).", "문의하기",
        "사진 또는 PDF(선택)", "파일 최대 3개, 개당 10MB: JPEG, PNG, WebP 사진 또는 PDF.",
        "사진이나 PDF로 읽을 수 없는 파일이 있거나, 10MB를 넘거나, 3개를 넘습니다. 다시 골라 주세요.", "사진 {0}");

    public static RequestsText For(string language) => language switch
    {
        "it" => Italian,
        "ko" => Korean,
        _ => English,
    };

    public string StageName(RequestStage stage) => stage switch
    {
        RequestStage.Answered => Pick("Answered", "Risposta inviata", "답변 완료"),
        RequestStage.Solved => Pick("Solved", "Risolta", "해결됨"),
        _ => Pick("With us", "In lavorazione", "처리 중"),
    };

    private string Pick(string en, string it, string ko) => ReferenceEquals(this, Italian) ? it : ReferenceEquals(this, Korean) ? ko : en;
}
