namespace Vetrina.Storefront.Localization;

/// <summary>The help centre's words.</summary>
internal sealed record HelpText(string Search, string Button, string Found, string NoneFound, string AllQuestions, string StillStuck)
{
    private static readonly HelpText English = new("Search the help centre", "Search", "Questions matching “{0}”: {1}",
        "No question matches “{0}”. Try other words, or browse the topics below.", "All questions", "Still need help? Contact us.");

    private static readonly HelpText Italian = new("Cerca nel centro assistenza", "Cerca", "Domande per “{0}”: {1}",
        "Nessuna domanda corrisponde a “{0}”. Prova altre parole, o sfoglia gli argomenti qui sotto.", "Tutte le domande", "Serve ancora aiuto? Contattaci.");

    private static readonly HelpText Korean = new("고객센터 검색", "검색", "“{0}” 검색 결과: {1}개",
        "“{0}”와(과) 일치하는 질문이 없습니다. 다른 단어로 검색하거나 아래 주제를 살펴보세요.", "모든 질문", "더 도움이 필요하신가요? 문의하기");

    public static HelpText For(string language) => language switch
    {
        "it" => Italian,
        "ko" => Korean,
        _ => English,
    };
}
