using Vetrina.Kernel;

namespace Vetrina.Storefront.Localization;

/// <summary>
/// The storefront's interface text. One typed record per language, so a missing translation fails the build
/// instead of showing a key to a shopper.
/// </summary>
internal sealed record StoreText
{
    public required string LanguageName { get; init; }
    public required string SkipToContent { get; init; }
    public required string Search { get; init; }
    public required string SearchPlaceholder { get; init; }
    public required string Language { get; init; }
    public required string Market { get; init; }
    public required string ChangeMarket { get; init; }
    public required string Menu { get; init; }
    public required string Home { get; init; }
    public required string HeroTitle { get; init; }
    public required string HeroText { get; init; }
    public required string ShopNow { get; init; }
    public required string NewArrivals { get; init; }
    public required string Filters { get; init; }
    public required string ApplyFilters { get; init; }
    public required string ClearFilters { get; init; }

    public required string Stories { get; init; }

    public required string LetterSizes { get; init; }

    public required string ClothingSizes { get; init; }

    public required string ShoeSizes { get; init; }

    public required string OneSize { get; init; }
    public required string Size { get; init; }
    public required string Colour { get; init; }
    public required string Season { get; init; }
    public required string Material { get; init; }
    public required string Price { get; init; }
    public required string SortBy { get; init; }
    public required string SortFeatured { get; init; }
    public required string SortNewest { get; init; }
    public required string SortPriceAsc { get; init; }
    public required string SortPriceDesc { get; init; }
    public required Plural ProductsCount { get; init; }
    public required string NoProducts { get; init; }
    public required string Page { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string Pagination { get; init; }
    public required string Breadcrumb { get; init; }
    public required string ChooseSize { get; init; }
    public required string SoldOut { get; init; }
    public required Plural OnlyLeft { get; init; }
    public required string InStock { get; init; }
    public required string ComingSoon { get; init; }
    public required string Preorder { get; init; }
    public required string PreorderNote { get; init; }
    public required string ShipsAround { get; init; }
    public required string SizeGuide { get; init; }
    public required string CompositionAndCare { get; init; }
    public required string MadeIn { get; init; }
    public required string LowestPriorPrice { get; init; }
    public required string Was { get; init; }
    public required string VatIncluded { get; init; }
    public required string SearchResultsFor { get; init; }
    public required string SearchNoResults { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string BackHome { get; init; }
    public required string Under { get; init; }
    public required string Over { get; init; }
    public required string Sale { get; init; }
    public required string SizeSystemNote { get; init; }
    public required string BodyNote { get; init; }
    public required string FooterText { get; init; }
    public required string Bag { get; init; }
    public required string AddToBag { get; init; }
    public required string YourBag { get; init; }
    public required string EmptyBag { get; init; }
    public required string Quantity { get; init; }
    public required string Remove { get; init; }
    public required string Update { get; init; }
    public required string Subtotal { get; init; }
    public required string VatIncludedAmount { get; init; }
    public required string PriceChanged { get; init; }
    public required string NoLongerForSale { get; init; }
    public required Plural NotEnoughLeft { get; init; }
    public required string AddedToBag { get; init; }
    public required string ChooseSizeFirst { get; init; }
    public required string QuantityLimit { get; init; }
    public required string BagFull { get; init; }
    public required string ContinueShopping { get; init; }
    public required Plural ItemsInBag { get; init; }
    public required string ProductsHeading { get; init; }
    public required string ShopInformation { get; init; }
    public required string PageVersion { get; init; }
    public required string VatNumberLabel { get; init; }
    public required string ShareCapitalLabel { get; init; }
    public required string UnknownItem { get; init; }
    public required string Account { get; init; }
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }
    public required string Register { get; init; }
    public required string CreateAccount { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string PasswordHint { get; init; }
    public required string NoAccountYet { get; init; }
    public required string HaveAccount { get; init; }
    public required string WrongPassword { get; init; }
    public required Plural TooManyAttempts { get; init; }
    public required Plural TooManyAttemptsMinutes { get; init; }

    /// <summary>"Wait … and try again", in seconds under a minute, else in whole minutes rounded up.</summary>
    public string WaitBeforeRetrying(long seconds) => seconds < 60 ? TooManyAttempts.Format(seconds) : TooManyAttemptsMinutes.Format((seconds + 59) / 60);
    public required string EmailTaken { get; init; }
    public required string EnterEmail { get; init; }
    public required string EnterPassword { get; init; }
    public required string SignedInAs { get; init; }
    public required string AccountIntro { get; init; }

    public static StoreText For(string language) => language switch
    {
        Languages.Italian => Italian,
        Languages.Korean => Korean,
        _ => English,
    };

    public static readonly StoreText English = new()
    {
        LanguageName = "English", SkipToContent = "Skip to content", Search = "Search", SearchPlaceholder = "Search sweaters, coats, loafers…",
        Language = "Language", Market = "Ship to", ChangeMarket = "Change", Menu = "Main menu", Home = "Home",
        HeroTitle = "Fall-Winter 2026", HeroText = "Merino, cashmere and alpaca knitwear, made in Italy.", ShopNow = "Shop the collection", NewArrivals = "New arrivals",
        Filters = "Filters", ApplyFilters = "Apply", ClearFilters = "Clear all", Stories = "Journal and lookbook", LetterSizes = "Letter sizes", ClothingSizes = "Clothing (IT)",
        ShoeSizes = "Shoes (EU)", OneSize = "One size", Size = "Size", Colour = "Colour", Season = "Season", Material = "Material", Price = "Price",
        SortBy = "Sort by", SortFeatured = "Featured", SortNewest = "Newest", SortPriceAsc = "Price, low to high", SortPriceDesc = "Price, high to low",
        ProductsCount = new("{0} product", "{0} products"), ProductsHeading = "Products", ShopInformation = "Shop information", PageVersion = "Version {0}, updated {1}", VatNumberLabel = "VAT no.", ShareCapitalLabel = "Share capital", NoProducts = "No products match these filters. Remove a filter to see more.",
        Page = "Page {0} of {1}", Previous = "Previous", Next = "Next", Pagination = "Pages", Breadcrumb = "Breadcrumb",
        ChooseSize = "Choose your size", SoldOut = "sold out", OnlyLeft = new("only {0} left", "only {0} left"), InStock = "In stock", ComingSoon = "Coming soon",
        Preorder = "Pre-order", PreorderNote = "Order now to be among the first: it ships when it arrives, and your card is charged when it ships.",
        ShipsAround = "ships around {0}",
        SizeGuide = "Size guide", CompositionAndCare = "Composition and care", MadeIn = "Made in {0}",
        LowestPriorPrice = "Lowest price in the 30 days before the reduction: {0}", Was = "was", VatIncluded = "VAT included where applicable",
        SearchResultsFor = "Results for “{0}”", SearchNoResults = "Nothing found for “{0}”. Check the spelling or try a broader word, like “sweater”.",
        NotFoundTitle = "Page not found", NotFoundText = "This page does not exist or has moved. Try the search, or start again from the home page.",
        ErrorTitle = "Something went wrong", ErrorText = "We could not show this page. Please try again in a moment.", BackHome = "Back to the home page",
        Under = "Under {0}", Over = "{0} and over", Sale = "Sale", SizeSystemNote = "Sizes are shown in {0} sizing with your market's equivalent.",
        BodyNote = "Body measurements in centimetres: measure yourself, not a garment.",
        FooterText = "Vetrina demo brand · Milan · Seoul",
        Bag = "Bag", AddToBag = "Add to bag", YourBag = "Your bag", EmptyBag = "Your bag is empty. Find something you like in the collections.",
        Quantity = "Quantity", Remove = "Remove", Update = "Update", Subtotal = "Subtotal", VatIncludedAmount = "Includes {0} VAT",
        PriceChanged = "The price changed since you added it: it was {0}.", NoLongerForSale = "No longer available: remove it to continue.",
        NotEnoughLeft = new("Only {0} left: lower the quantity.", "Only {0} left: lower the quantity."), AddedToBag = "Added to your bag.", ChooseSizeFirst = "Choose a size first, then add it to your bag.",
        QuantityLimit = "You can buy up to {0} of each item.", BagFull = "Your bag is full ({0} items). Remove something to add more.",
        Account = "Account", SignIn = "Sign in", SignOut = "Sign out", Register = "Create an account", CreateAccount = "Create account",
        Email = "Email", Password = "Password", PasswordHint = "At least 12 characters; a few unrelated words make a good one.",
        NoAccountYet = "New here?", HaveAccount = "Already have an account?", WrongPassword = "The email or password is not right. Check both and try again.",
        TooManyAttempts = new("Too many attempts: wait {0} second and try again.", "Too many attempts: wait {0} seconds and try again."),
        TooManyAttemptsMinutes = new("Too many attempts: wait {0} minute and try again.", "Too many attempts: wait {0} minutes and try again."), EmailTaken = "An account with this email exists already. Sign in instead.",
        EnterEmail = "Enter an email address like name@example.com.", EnterPassword = "Enter a password of at least 12 characters.",
        SignedInAs = "Signed in as {0}.", AccountIntro = "Your bag follows you to every device where you sign in.",
        ContinueShopping = "Continue shopping", ItemsInBag = new("{0} item", "{0} items"), UnknownItem = "This item is no longer in the shop.",
    };

    public static readonly StoreText Italian = new()
    {
        LanguageName = "Italiano", SkipToContent = "Vai al contenuto", Search = "Cerca", SearchPlaceholder = "Cerca maglioni, cappotti, mocassini…",
        Language = "Lingua", Market = "Spedisci in", ChangeMarket = "Cambia", Menu = "Menu principale", Home = "Home",
        HeroTitle = "Autunno-Inverno 2026", HeroText = "Maglieria in merino, cashmere e alpaca, prodotta in Italia.", ShopNow = "Scopri la collezione", NewArrivals = "Nuovi arrivi",
        Filters = "Filtri", ApplyFilters = "Applica", ClearFilters = "Rimuovi tutti", Stories = "Journal e lookbook", LetterSizes = "Taglie in lettere", ClothingSizes = "Abbigliamento (IT)",
        ShoeSizes = "Scarpe (EU)", OneSize = "Taglia unica", Size = "Taglia", Colour = "Colore", Season = "Stagione", Material = "Materiale", Price = "Prezzo",
        SortBy = "Ordina per", SortFeatured = "In evidenza", SortNewest = "Novità", SortPriceAsc = "Prezzo crescente", SortPriceDesc = "Prezzo decrescente",
        ProductsCount = new("{0} prodotto", "{0} prodotti"), ProductsHeading = "Prodotti", ShopInformation = "Informazioni sul negozio", PageVersion = "Versione {0}, aggiornata il {1}", VatNumberLabel = "P.IVA", ShareCapitalLabel = "Capitale sociale", NoProducts = "Nessun prodotto corrisponde a questi filtri. Rimuovine uno per vederne altri.",
        Page = "Pagina {0} di {1}", Previous = "Precedente", Next = "Successiva", Pagination = "Pagine", Breadcrumb = "Percorso",
        ChooseSize = "Scegli la taglia", SoldOut = "esaurita", OnlyLeft = new("solo {0} disponibile", "solo {0} disponibili"), InStock = "Disponibile", ComingSoon = "Prossimamente",
        Preorder = "Preordine", PreorderNote = "Ordinalo ora per averlo tra i primi: parte appena arriva, e la carta viene addebitata alla spedizione.",
        ShipsAround = "spedizione prevista intorno al {0}",
        SizeGuide = "Guida alle taglie", CompositionAndCare = "Composizione e manutenzione", MadeIn = "Prodotto in {0}",
        LowestPriorPrice = "Prezzo più basso nei 30 giorni precedenti la riduzione: {0}", Was = "prima", VatIncluded = "IVA inclusa",
        SearchResultsFor = "Risultati per «{0}»", SearchNoResults = "Nessun risultato per «{0}». Controlla l'ortografia o prova una parola più generica, come «maglione».",
        NotFoundTitle = "Pagina non trovata", NotFoundText = "Questa pagina non esiste o è stata spostata. Prova la ricerca o riparti dalla home page.",
        ErrorTitle = "Si è verificato un errore", ErrorText = "Non è stato possibile mostrare questa pagina. Riprova tra poco.", BackHome = "Torna alla home page",
        Under = "Fino a {0}", Over = "Da {0} in su", Sale = "Saldi", SizeSystemNote = "Le taglie sono indicate nel sistema {0} con l'equivalente del tuo mercato.",
        BodyNote = "Misure del corpo in centimetri: misura te stesso, non un capo.",
        FooterText = "Marchio dimostrativo Vetrina · Milano · Seoul",
        Bag = "Borsa", AddToBag = "Aggiungi alla borsa", YourBag = "La tua borsa", EmptyBag = "La tua borsa è vuota. Scopri le collezioni.",
        Quantity = "Quantità", Remove = "Rimuovi", Update = "Aggiorna", Subtotal = "Subtotale", VatIncludedAmount = "Di cui IVA {0}",
        PriceChanged = "Il prezzo è cambiato da quando l'hai aggiunto: era {0}.", NoLongerForSale = "Non più disponibile: rimuovilo per continuare.",
        NotEnoughLeft = new("Ne resta solo {0}: riduci la quantità.", "Ne restano solo {0}: riduci la quantità."), AddedToBag = "Aggiunto alla borsa.", ChooseSizeFirst = "Scegli prima una taglia, poi aggiungila alla borsa.",
        QuantityLimit = "Puoi acquistare fino a {0} pezzi per articolo.", BagFull = "La borsa è piena ({0} articoli). Rimuovine uno per aggiungerne altri.",
        Account = "Account", SignIn = "Accedi", SignOut = "Esci", Register = "Crea un account", CreateAccount = "Crea account",
        Email = "Email", Password = "Password", PasswordHint = "Almeno 12 caratteri; qualche parola senza legame tra loro funziona bene.",
        NoAccountYet = "Sei nuovo?", HaveAccount = "Hai già un account?", WrongPassword = "Email o password non corrette. Controlla entrambe e riprova.",
        TooManyAttempts = new("Troppi tentativi: attendi {0} secondo e riprova.", "Troppi tentativi: attendi {0} secondi e riprova."),
        TooManyAttemptsMinutes = new("Troppi tentativi: attendi {0} minuto e riprova.", "Troppi tentativi: attendi {0} minuti e riprova."), EmailTaken = "Esiste già un account con questa email. Accedi.",
        EnterEmail = "Inserisci un indirizzo email come nome@esempio.it.", EnterPassword = "Inserisci una password di almeno 12 caratteri.",
        SignedInAs = "Accesso effettuato come {0}.", AccountIntro = "La tua borsa ti segue su ogni dispositivo da cui accedi.",
        ContinueShopping = "Continua lo shopping", ItemsInBag = new("{0} articolo", "{0} articoli"), UnknownItem = "Questo articolo non è più in vendita.",
    };

    public static readonly StoreText Korean = new()
    {
        LanguageName = "한국어", SkipToContent = "본문 바로가기", Search = "검색", SearchPlaceholder = "스웨터, 코트, 로퍼 검색…",
        Language = "언어", Market = "배송 국가", ChangeMarket = "변경", Menu = "주 메뉴", Home = "홈",
        HeroTitle = "2026 가을-겨울", HeroText = "이탈리아에서 만든 메리노, 캐시미어, 알파카 니트웨어.", ShopNow = "컬렉션 보기", NewArrivals = "신상품",
        Filters = "필터", ApplyFilters = "적용", ClearFilters = "모두 지우기", Stories = "저널과 룩북", LetterSizes = "알파벳 사이즈", ClothingSizes = "의류 (IT)",
        ShoeSizes = "신발 (EU)", OneSize = "원 사이즈", Size = "사이즈", Colour = "색상", Season = "시즌", Material = "소재", Price = "가격",
        SortBy = "정렬", SortFeatured = "추천순", SortNewest = "최신순", SortPriceAsc = "낮은 가격순", SortPriceDesc = "높은 가격순",
        ProductsCount = new("상품 {0}개"), ProductsHeading = "상품", ShopInformation = "쇼핑몰 정보", PageVersion = "버전 {0}, {1} 수정", VatNumberLabel = "부가가치세 번호", ShareCapitalLabel = "자본금", NoProducts = "조건에 맞는 상품이 없습니다. 필터를 하나 해제해 보세요.",
        Page = "{1}페이지 중 {0}페이지", Previous = "이전", Next = "다음", Pagination = "페이지", Breadcrumb = "현재 위치",
        ChooseSize = "사이즈 선택", SoldOut = "품절", OnlyLeft = new("{0}개 남음"), InStock = "재고 있음", ComingSoon = "출시 예정",
        Preorder = "예약 주문", PreorderNote = "지금 주문하시면 입고 즉시 가장 먼저 보내 드립니다. 결제는 발송할 때 이루어집니다.",
        ShipsAround = "{0}경 발송 예정",
        SizeGuide = "사이즈 가이드", CompositionAndCare = "소재 및 관리", MadeIn = "원산지: {0}",
        LowestPriorPrice = "할인 전 30일간 최저가: {0}", Was = "정가", VatIncluded = "부가세 포함",
        SearchResultsFor = "‘{0}’ 검색 결과", SearchNoResults = "‘{0}’에 대한 결과가 없습니다. 철자를 확인하거나 ‘니트’처럼 더 넓은 단어로 검색해 보세요.",
        NotFoundTitle = "페이지를 찾을 수 없습니다", NotFoundText = "페이지가 없거나 이동되었습니다. 검색을 이용하거나 홈에서 다시 시작해 주세요.",
        ErrorTitle = "문제가 발생했습니다", ErrorText = "페이지를 표시할 수 없습니다. 잠시 후 다시 시도해 주세요.", BackHome = "홈으로 돌아가기",
        Under = "{0} 미만", Over = "{0} 이상", Sale = "세일", SizeSystemNote = "사이즈는 {0} 기준이며 선택한 국가의 사이즈를 함께 표시합니다.",
        BodyNote = "신체 치수(cm): 옷이 아닌 몸을 재어 주세요.",
        FooterText = "Vetrina 데모 브랜드 · 밀라노 · 서울",
        Bag = "쇼핑백", AddToBag = "쇼핑백에 담기", YourBag = "쇼핑백", EmptyBag = "쇼핑백이 비어 있습니다. 컬렉션에서 마음에 드는 상품을 찾아보세요.",
        Quantity = "수량", Remove = "삭제", Update = "변경", Subtotal = "소계", VatIncludedAmount = "부가세 {0} 포함",
        PriceChanged = "담은 후 가격이 변경되었습니다. 이전 가격: {0}.", NoLongerForSale = "더 이상 판매하지 않는 상품입니다. 삭제 후 계속해 주세요.",
        NotEnoughLeft = new("{0}개만 남았습니다. 수량을 줄여 주세요."), AddedToBag = "쇼핑백에 담았습니다.", ChooseSizeFirst = "사이즈를 먼저 선택한 후 쇼핑백에 담아 주세요.",
        QuantityLimit = "상품당 최대 {0}개까지 구매할 수 있습니다.", BagFull = "쇼핑백이 가득 찼습니다({0}개). 상품을 삭제한 후 추가해 주세요.",
        Account = "계정", SignIn = "로그인", SignOut = "로그아웃", Register = "회원가입", CreateAccount = "가입하기",
        Email = "이메일", Password = "비밀번호", PasswordHint = "12자 이상. 서로 관계없는 단어 몇 개를 이어 쓰면 좋습니다.",
        NoAccountYet = "처음이신가요?", HaveAccount = "이미 계정이 있으신가요?", WrongPassword = "이메일 또는 비밀번호가 올바르지 않습니다. 다시 확인해 주세요.",
        TooManyAttempts = new("시도 횟수가 너무 많습니다. {0}초 후에 다시 시도해 주세요."),
        TooManyAttemptsMinutes = new("시도 횟수가 너무 많습니다. {0}분 후에 다시 시도해 주세요."), EmailTaken = "이 이메일로 가입된 계정이 있습니다. 로그인해 주세요.",
        EnterEmail = "name@example.com 형식의 이메일을 입력해 주세요.", EnterPassword = "12자 이상의 비밀번호를 입력해 주세요.",
        SignedInAs = "{0}(으)로 로그인했습니다.", AccountIntro = "로그인한 모든 기기에서 같은 쇼핑백을 이용할 수 있습니다.",
        ContinueShopping = "쇼핑 계속하기", ItemsInBag = new("{0}개 상품"), UnknownItem = "더 이상 판매하지 않는 상품입니다.",
    };
}
