using Vetrina.Helpdesk.Contracts;

namespace Vetrina.Storefront.Localization;

/// <summary>The account's customer-service pages' words.</summary>
internal sealed record RequestsText(string Heading, string None, string Request, string Order, string Updated, string You, string Reply, string Send, string Sent,
    string Empty, string New)
{
    private static readonly RequestsText English = new("Your requests", "You have not written to us yet.", "Request {0}", "Order {0}", "Updated {0}", "You",
        "Add a reply", "Send", "Your reply was added. We will answer by email.", "Write your reply first (at most 10,000 characters).", "Ask us something");

    private static readonly RequestsText Italian = new("Le tue richieste", "Non ci hai ancora scritto.", "Richiesta {0}", "Ordine {0}", "Aggiornata il {0}", "Tu",
        "Aggiungi una risposta", "Invia", "La tua risposta è stata aggiunta. Ti risponderemo via email.", "Scrivi prima la risposta (al massimo 10.000 caratteri).",
        "Facci una domanda");

    private static readonly RequestsText Korean = new("내 문의", "아직 문의하신 내역이 없습니다.", "문의 {0}", "주문 {0}", "{0} 업데이트", "나",
        "답글 추가", "보내기", "답글이 추가되었습니다. 이메일로 답변드리겠습니다.", "답글을 먼저 입력하세요(최대 10,000자).", "문의하기");

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
