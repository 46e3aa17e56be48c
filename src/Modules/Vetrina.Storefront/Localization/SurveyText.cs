namespace Vetrina.Storefront.Localization;

/// <summary>The satisfaction survey's words; the scores read as in the survey email.</summary>
internal sealed record SurveyText(string Heading, string Question, string[] Scores, string Comment, string Send, string Thanks, string ChooseScore, string TooLong,
    string Unknown)
{
    private static readonly SurveyText English = new("How did we do?", "How satisfied are you with our help with request {0}?",
        ["1 – Very dissatisfied", "2 – Dissatisfied", "3 – Neither", "4 – Satisfied", "5 – Very satisfied"], "Anything to tell us? (optional)", "Send",
        "Thank you: we read every answer. You can change it here at any time.", "Choose a score from 1 to 5.", "Keep the comment under 2,000 characters.",
        "This survey link is not valid. Copy the whole link from the email, or write to us from the contact page.");

    private static readonly SurveyText Italian = new("Com'è andata?", "Quanto sei soddisfatto del nostro aiuto con la richiesta {0}?",
        ["1 – Per niente soddisfatto", "2 – Poco soddisfatto", "3 – Né sì né no", "4 – Soddisfatto", "5 – Molto soddisfatto"], "Vuoi dirci qualcosa? (facoltativo)", "Invia",
        "Grazie: leggiamo ogni risposta. Puoi cambiarla qui in qualsiasi momento.", "Scegli un voto da 1 a 5.", "Il commento deve restare sotto i 2.000 caratteri.",
        "Questo link al sondaggio non è valido. Copia il link completo dall'email, oppure scrivici dalla pagina dei contatti.");

    private static readonly SurveyText Korean = new("상담은 어떠셨나요?", "문의 {0} 상담에 얼마나 만족하셨나요?",
        ["1 – 매우 불만족", "2 – 불만족", "3 – 보통", "4 – 만족", "5 – 매우 만족"], "남기실 의견이 있나요? (선택)", "보내기",
        "감사합니다. 모든 의견을 읽고 있습니다. 언제든 이곳에서 답변을 바꾸실 수 있습니다.", "1에서 5 중 하나를 골라 주세요.", "의견은 2,000자 이내로 적어 주세요.",
        "유효하지 않은 설문 링크입니다. 이메일의 링크 전체를 복사하시거나 문의하기 페이지로 연락해 주세요.");

    public static SurveyText For(string language) => language switch
    {
        "it" => Italian,
        "ko" => Korean,
        _ => English,
    };
}
