using Vetrina.Kernel;

namespace Vetrina.Privacy.Contracts;

/// <summary>The cookie banner's words in each storefront language. Their hash is the policy version: new words, new question.</summary>
public sealed record ConsentText
{
    public required string Title { get; init; }
    public required string Body { get; init; }
    public required string Necessary { get; init; }
    public required string NecessaryHint { get; init; }
    public required string Analytics { get; init; }
    public required string AnalyticsHint { get; init; }
    public required string Marketing { get; init; }
    public required string MarketingHint { get; init; }
    public required string AcceptAll { get; init; }
    public required string RejectAll { get; init; }
    public required string Choose { get; init; }
    public required string Save { get; init; }
    public required string Close { get; init; }
    public required string Settings { get; init; }
    public required string SettingsIntro { get; init; }
    public required string Saved { get; init; }
    public required string GpcHonoured { get; init; }

    public static readonly ConsentText English = new()
    {
        Title = "Cookies", Body = "We use the cookies the shop needs to work. With your consent we also measure visits (analytics) and tailor our ads and emails (marketing). Refusing changes nothing in what you can do here.",
        Necessary = "Necessary", NecessaryHint = "Your bag, your sign-in, your language and this choice. Always on.",
        Analytics = "Analytics", AnalyticsHint = "Count visits and see which pages help, with our own tools only.",
        Marketing = "Marketing", MarketingHint = "Measure and tailor our ads and emails.",
        AcceptAll = "Accept all", RejectAll = "Reject all", Choose = "Choose", Save = "Save my choices", Close = "Close: no consent",
        Settings = "Cookie settings", SettingsIntro = "Change or withdraw your consent at any time; it takes effect at once.", Saved = "Your choices are saved.",
        GpcHonoured = "Your browser asks sites not to sell or share your data (Global Privacy Control): marketing stays off.",
    };

    public static readonly ConsentText Italian = new()
    {
        Title = "Cookie", Body = "Usiamo i cookie necessari al funzionamento del negozio. Con il tuo consenso misuriamo anche le visite (statistiche) e personalizziamo pubblicità ed email (marketing). Se rifiuti, qui puoi fare tutto lo stesso.",
        Necessary = "Necessari", NecessaryHint = "La borsa, l'accesso, la lingua e questa scelta. Sempre attivi.",
        Analytics = "Statistiche", AnalyticsHint = "Contare le visite e capire quali pagine aiutano, solo con strumenti nostri.",
        Marketing = "Marketing", MarketingHint = "Misurare e personalizzare pubblicità ed email.",
        AcceptAll = "Accetta tutti", RejectAll = "Rifiuta tutti", Choose = "Scegli", Save = "Salva le mie scelte", Close = "Chiudi: nessun consenso",
        Settings = "Impostazioni cookie", SettingsIntro = "Puoi cambiare o revocare il consenso quando vuoi; vale subito.", Saved = "Le tue scelte sono salvate.",
        GpcHonoured = "Il tuo browser chiede ai siti di non vendere né condividere i tuoi dati (Global Privacy Control): il marketing resta spento.",
    };

    public static readonly ConsentText Korean = new()
    {
        Title = "쿠키", Body = "쇼핑몰 운영에 꼭 필요한 쿠키를 사용합니다. 동의하시면 방문 통계(분석)와 광고·이메일 맞춤화(마케팅)에도 사용합니다. 거부하셔도 이용에는 아무 제한이 없습니다.",
        Necessary = "필수", NecessaryHint = "장바구니, 로그인, 언어와 이 선택을 기억합니다. 항상 사용됩니다.",
        Analytics = "분석", AnalyticsHint = "자체 도구로만 방문 수와 도움이 되는 페이지를 파악합니다.",
        Marketing = "마케팅", MarketingHint = "광고와 이메일을 측정하고 맞춤화합니다.",
        AcceptAll = "모두 동의", RejectAll = "모두 거부", Choose = "선택하기", Save = "선택 저장", Close = "닫기: 동의하지 않음",
        Settings = "쿠키 설정", SettingsIntro = "동의는 언제든지 변경하거나 철회할 수 있으며 즉시 적용됩니다.", Saved = "선택이 저장되었습니다.",
        GpcHonoured = "브라우저가 개인정보 판매·공유 거부(Global Privacy Control)를 요청하여 마케팅은 꺼진 상태로 유지됩니다.",
    };

    public static ConsentText For(string language) => language switch
    {
        Languages.Italian => Italian,
        Languages.Korean => Korean,
        _ => English,
    };
}
