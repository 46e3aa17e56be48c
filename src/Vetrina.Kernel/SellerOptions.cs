namespace Vetrina.Kernel;

/// <summary>
/// Configuration section <c>Vetrina:Seller</c>: who sells, as consumer law wants it named to the buyer (the model
/// withdrawal form's addressee, the order confirmation). Settings, not code: each brand sets its own.
/// </summary>
public sealed class SellerOptions
{
    /// <summary>The company's legal name.</summary>
    public string Name { get; set; } = "Vetrina S.r.l.";

    /// <summary>Its geographical address, on one line.</summary>
    public string Address { get; set; } = "Via della Moda 1, 20121 Milano, Italia";

    /// <summary>Where shoppers write to the seller (withdrawals, questions).</summary>
    public string Email { get; set; } = "shop@vetrina.example";

    /// <summary>Italy's partita IVA, shown on every page (DPR 633/1972 art. 35).</summary>
    public string? VatNumber { get; set; } = "IT12345678901";

    /// <summary>The company's entry in the REA (economic and administrative register), e.g. "MI-2654321".</summary>
    public string? Rea { get; set; } = "MI-2654321";

    /// <summary>Share capital as the company states it, e.g. "€ 10.000 i.v." (Civil Code art. 2250).</summary>
    public string? ShareCapital { get; set; } = "€ 10.000 i.v.";

    /// <summary>The seller as Korea's E-commerce Act (art. 10, 13) wants it on every page of the Korean shop.</summary>
    public KoreanSeller Korea { get; set; } = new();
}

/// <summary>Configuration section <c>Vetrina:Seller:Korea</c>.</summary>
public sealed class KoreanSeller
{
    /// <summary>상호.</summary>
    public string TradeName { get; set; } = "베트리나 코리아 유한회사";

    /// <summary>대표자.</summary>
    public string Representative { get; set; } = "김지수";

    /// <summary>사업자등록번호, as "123-45-67890".</summary>
    public string BusinessNumber { get; set; } = "120-86-12345";

    /// <summary>통신판매업 신고번호.</summary>
    public string MailOrderNumber { get; set; } = "제2026-서울강남-01234호";

    public string Address { get; set; } = "서울특별시 강남구 테헤란로 123";

    /// <summary>개인정보 보호책임자.</summary>
    public string PrivacyOfficer { get; set; } = "박민지";

    public string Phone { get; set; } = "02-1234-5678";

    public string Email { get; set; } = "korea@vetrina.example";

    /// <summary>The Fair Trade Commission's page that confirms the business number (사업자정보 확인).</summary>
    public string VerificationUrl => $"https://www.ftc.go.kr/bizCommPop.do?wrkr_no={new string([.. BusinessNumber.Where(char.IsAsciiDigit)])}";
}
