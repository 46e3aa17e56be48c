using Vetrina.Catalog.Domain;
using Vetrina.Catalog.Contracts;
using Vetrina.Kernel;

namespace Vetrina.Catalog.Seed;

/// <summary>The demo brand's words, written by hand in English, Italian and Korean; styles are composed from them.</summary>
internal static class Vocabulary
{
    /// <summary>Style lines are named after Italian places, as many Milanese labels do.</summary>
    public static readonly LocalizedText[] Lines =
    [
        new("Brera", "Brera", "브레라"),
        new("Portofino", "Portofino", "포르토피노"),
        new("Amalfi", "Amalfi", "아말피"),
        new("Capri", "Capri", "카프리"),
        new("Navigli", "Navigli", "나빌리"),
        new("Dolomiti", "Dolomiti", "돌로미티"),
        new("Siena", "Siena", "시에나"),
        new("Verona", "Verona", "베로나"),
        new("Ravello", "Ravello", "라벨로"),
        new("Lido", "Lido", "리도"),
    ];

    public static readonly (string Code, LocalizedText Name, ColourFamily Family, string Hex)[] Colours =
    [
        ("BLK", new("Black", "Nero", "블랙"), ColourFamily.Black, "#1A1A1A"),
        ("IVO", new("Ivory", "Avorio", "아이보리"), ColourFamily.White, "#F2EDE1"),
        ("NAV", new("Navy", "Blu notte", "네이비"), ColourFamily.Navy, "#1F2A44"),
        ("CAM", new("Camel", "Cammello", "카멜"), ColourFamily.Beige, "#B08552"),
        ("GRM", new("Grey melange", "Grigio melange", "그레이 멜란지"), ColourFamily.Grey, "#8E8E8E"),
        ("FOR", new("Forest green", "Verde bosco", "포레스트 그린"), ColourFamily.Green, "#2F4A34"),
        ("BUR", new("Burgundy", "Bordeaux", "버건디"), ColourFamily.Red, "#6B1E2B"),
        ("SKY", new("Sky blue", "Azzurro", "스카이 블루"), ColourFamily.Blue, "#8DB4D9"),
        ("SND", new("Sand", "Sabbia", "샌드"), ColourFamily.Beige, "#D8C7A6"),
        ("CHO", new("Chocolate", "Cioccolato", "초콜릿"), ColourFamily.Brown, "#4B2E22"),
        ("PNK", new("Powder pink", "Rosa cipria", "파우더 핑크"), ColourFamily.Pink, "#E8C4C4"),
        ("TER", new("Terracotta", "Terracotta", "테라코타"), ColourFamily.Orange, "#B5573A"),
        ("OLV", new("Olive", "Oliva", "올리브"), ColourFamily.Green, "#6B6B3A"),
        ("WHT", new("White", "Bianco", "화이트"), ColourFamily.White, "#FAFAFA"),
    ];

    public static readonly (LocalizedText Sentence, string Country)[] Origins =
    [
        (new("Made in Italy.", "Prodotto in Italia.", "이탈리아에서 제작되었습니다."), "IT"),
        (new("Made in Portugal.", "Prodotto in Portogallo.", "포르투갈에서 제작되었습니다."), "PT"),
        (new("Made in Korea.", "Prodotto in Corea.", "한국에서 제작되었습니다."), "KR"),
    ];

    public static readonly LocalizedText[] Fits =
    [
        new("Regular fit: true to size.", "Vestibilità regolare: scegli la tua taglia abituale.", "레귤러 핏: 평소 사이즈를 선택하세요."),
        new("Relaxed fit: take your usual size for an easy drape, one size down for a closer fit.", "Vestibilità morbida: prendi la tua taglia per un effetto comodo, una in meno per una linea più aderente.", "릴랙스드 핏: 여유 있는 실루엣을 원하면 평소 사이즈, 몸에 맞게 입으려면 한 사이즈 작게 선택하세요."),
        new("Slim fit: if you are between sizes, take the larger one.", "Vestibilità slim: se sei tra due taglie, scegli la più grande.", "슬림 핏: 두 사이즈 사이라면 큰 사이즈를 선택하세요."),
    ];
}

internal sealed record Material(LocalizedText Adjective, FibreShare[] Fibres, LocalizedText Sentence, LocalizedText Care);

/// <summary>A kind of garment: where it sits in the hierarchy, its words and the materials it comes in.</summary>
internal sealed record ProductType(
    string Code,
    string Category,
    Gender Gender,
    LocalizedText Noun,
    LocalizedText Sentence,
    Material[] Materials,
    int PriceEur,
    int Colourways);

internal static class Materials
{
    private static readonly LocalizedText KnitCare = new("Hand wash cold or dry clean. Dry flat.", "Lavare a mano in acqua fredda o a secco. Asciugare in piano.", "찬물 손세탁 또는 드라이클리닝. 뉘어서 건조하세요.");
    private static readonly LocalizedText DryClean = new("Dry clean only.", "Solo lavaggio a secco.", "드라이클리닝만 가능합니다.");
    private static readonly LocalizedText Wash30 = new("Machine wash at 30 °C. Iron on low heat.", "Lavare in lavatrice a 30 °C. Stirare a bassa temperatura.", "30 °C 세탁기 세탁. 낮은 온도로 다림질하세요.");
    private static readonly LocalizedText LeatherCare = new("Wipe with a soft dry cloth; keep away from heat.", "Pulire con un panno morbido e asciutto; tenere lontano da fonti di calore.", "부드러운 마른 천으로 닦고 열을 피하세요.");

    public static readonly Material Merino = new(new("merino", "in lana merino", "메리노 울"), [new(Fibre.Wool, 100)],
        new("Knitted from extra-fine merino wool that regulates warmth and stays soft against the skin.", "Lavorato in lana merino extrafine che regola il calore e resta morbida sulla pelle.", "체온을 조절하고 피부에 부드럽게 닿는 엑스트라 파인 메리노 울로 짰습니다."), KnitCare);

    public static readonly Material Cashmere = new(new("cashmere", "in cashmere", "캐시미어"), [new(Fibre.Cashmere, 100)],
        new("Pure Mongolian cashmere, brushed for a light, warm hand.", "Puro cashmere della Mongolia, spazzolato per una mano leggera e calda.", "가볍고 따뜻한 촉감을 위해 기모 가공한 몽골산 순수 캐시미어입니다."), KnitCare);

    public static readonly Material WoolCashmere = new(new("wool-cashmere", "in lana e cashmere", "울 캐시미어"), [new(Fibre.Wool, 90), new(Fibre.Cashmere, 10)],
        new("A wool and cashmere blend with a soft, dense handle.", "Una mischia di lana e cashmere dalla mano morbida e compatta.", "부드럽고 촘촘한 촉감의 울 캐시미어 혼방입니다."), DryClean);

    public static readonly Material Alpaca = new(new("alpaca", "in alpaca", "알파카"), [new(Fibre.Alpaca, 60), new(Fibre.Wool, 30), new(Fibre.Polyamide, 10)],
        new("Brushed alpaca for a hazy, airy texture.", "Alpaca spazzolata per una texture vaporosa e leggera.", "포근하고 가벼운 질감을 위해 기모 가공한 알파카입니다."), KnitCare);

    public static readonly Material Cotton = new(new("cotton", "in cotone", "코튼"), [new(Fibre.Cotton, 100)],
        new("Long-staple cotton that softens with every wash.", "Cotone a fibra lunga che diventa più morbido a ogni lavaggio.", "세탁할수록 부드러워지는 장섬유 코튼입니다."), Wash30);

    public static readonly Material Poplin = new(new("poplin", "in popeline", "포플린"), [new(Fibre.Cotton, 100)],
        new("Crisp cotton poplin with a clean, smooth finish.", "Popeline di cotone croccante dalla finitura liscia e pulita.", "깔끔하고 매끄러운 마감의 빳빳한 코튼 포플린입니다."), Wash30);

    public static readonly Material Linen = new(new("linen", "in lino", "리넨"), [new(Fibre.Linen, 100)],
        new("Washed European linen, cool and breathable for warm days.", "Lino europeo lavato, fresco e traspirante per le giornate calde.", "더운 날에도 시원하고 통기성이 좋은 워싱 유럽 리넨입니다."), Wash30);

    public static readonly Material Silk = new(new("silk", "in seta", "실크"), [new(Fibre.Silk, 100)],
        new("Fluid silk crêpe de chine with a soft lustre.", "Crêpe de chine di seta fluida dalla lucentezza delicata.", "은은한 광택이 있는 부드러운 실크 크레이프 드 신입니다."), DryClean);

    public static readonly Material Viscose = new(new("crêpe", "in crêpe", "크레이프"), [new(Fibre.Viscose, 95), new(Fibre.Elastane, 5)],
        new("Crêpe with a touch of stretch that moves with you.", "Crêpe con un tocco di elasticità che segue i movimenti.", "움직임에 맞춰 늘어나는 약간의 신축성이 있는 크레이프입니다."), DryClean);

    public static readonly Material Wool = new(new("wool", "in lana", "울"), [new(Fibre.Wool, 100)],
        new("Tightly woven virgin wool from a Biella mill.", "Lana vergine a trama fitta di un lanificio biellese.", "비엘라 방직소에서 촘촘하게 직조한 버진 울입니다."), DryClean);

    public static readonly Material DoubleWool = new(new("double-faced wool", "in lana double", "더블 페이스 울"), [new(Fibre.Wool, 80), new(Fibre.Polyamide, 20)],
        new("Double-faced wool, cut and finished by hand without a lining.", "Lana double, tagliata e rifinita a mano senza fodera.", "안감 없이 손으로 재단하고 마감한 더블 페이스 울입니다."), DryClean);

    public static readonly Material Denim = new(new("denim", "in denim", "데님"), [new(Fibre.Cotton, 98), new(Fibre.Elastane, 2)],
        new("Japanese selvedge denim that fades with wear.", "Denim cimosato giapponese che si schiarisce con l'uso.", "입을수록 자연스럽게 물이 빠지는 일본산 셀비지 데님입니다."), Wash30);

    public static readonly Material Leather = new(new("leather", "in pelle", "레더"), [new(Fibre.Leather, 100)],
        new("Vegetable-tanned Italian calf leather.", "Pelle di vitello italiana a concia vegetale.", "베지터블 태닝한 이탈리아산 송아지 가죽입니다."), LeatherCare);

    public static readonly Material Suede = new(new("suede", "in camoscio", "스웨이드"), [new(Fibre.Leather, 100)],
        new("Soft suede with a velvety nap.", "Camoscio morbido dal pelo vellutato.", "벨벳 같은 결의 부드러운 스웨이드입니다."), LeatherCare);

    public static readonly Material Canvas = new(new("canvas", "in tela", "캔버스"), [new(Fibre.Cotton, 100)],
        new("Heavy cotton canvas with leather trims.", "Tela di cotone pesante con finiture in pelle.", "가죽 트림을 더한 두꺼운 코튼 캔버스입니다."), Wash30);
}
