using Vetrina.Kernel;
using Vetrina.Kernel.Addresses;
using Vetrina.Kernel.Time;

namespace Vetrina.UnitTests;

/// <summary>Countries, addresses, times, money and counts as each storefront language writes them.</summary>
public sealed class LocalisationTests
{
    [Fact]
    public void Countries_AreNamedInThePagesLanguage_AndSortedAsItSorts()
    {
        Assert.Equal(("United States", "Stati Uniti", "미국"), (CountryNames.Of("US", "en"), CountryNames.Of("US", "it"), CountryNames.Of("US", "ko")));
        Assert.Equal(("United Kingdom", "France", "China", "Belgium", "Italia"),
            (CountryNames.Of("GB", "en"), CountryNames.Of("FR", "en"), CountryNames.Of("CN", "en"), CountryNames.Of("BE", "en"), CountryNames.Of("IT", "it")));
        Assert.Equal(["Città del Vaticano", "Italia", "San Marino"], CountryNames.Sorted(["IT", "SM", "VA"], "it").Select(c => c.Name));
        // Hangul order: 대한민국 (dae), 미국 (mi), 일본 (il).
        Assert.Equal(["대한민국", "미국", "일본"], CountryNames.Sorted(["JP", "US", "KR"], "ko").Select(c => c.Name));
        Assert.Contains("AQ", CountryNames.Codes);
        Assert.DoesNotContain("EU", CountryNames.Codes);
    }

    [Fact]
    public void Addresses_AreLaidOutAsTheirCountryWritesThem_WithTheCountryNamedForTheReader()
    {
        Assert.Equal(["Giulia Rossi", "Via Brera 12", "20121 Milano MI", "Italia"], AddressLines.Of("Giulia Rossi", "Via Brera 12", null, "Milano", "MI", "20121", "IT", "it"));
        Assert.Equal(["서울특별시 성동구 성수이로 78", "3층", "김민지", "04782", "대한민국"],
            AddressLines.Of("김민지", "서울특별시 성동구 성수이로 78", "3층", "", null, "04782", "KR", "ko"));
        Assert.Equal(["Minji Kim", "78 Seongsui-ro", "Seongdong-gu, Seoul", "04782", "South Korea"],
            AddressLines.Of("Minji Kim", "78 Seongsui-ro", null, "Seongdong-gu, Seoul", null, "04782", "KR", "en"));
        Assert.Equal(["Ann Lee", "1 Main St", "Apt 2", "Springfield, IL 62701", "United States"],
            AddressLines.Of("Ann Lee", "1 Main St", "Apt 2", "Springfield", "IL", "62701", "US", "en"));
    }

    [Fact]
    public void Times_AreShownInTheMarketsZone_WithItsOffset_InTheLanguagesDateOrder()
    {
        var at = new DateTimeOffset(2026, 12, 6, 9, 17, 0, TimeSpan.Zero);
        var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

        Assert.Equal("6 December 2026, 10:17 (GMT+1)", LocalTimes.DateAndTime(at, rome, "en"));
        Assert.Equal("6 dicembre 2026, 10:17 (GMT+1)", LocalTimes.DateAndTime(at, rome, "it"));
        Assert.Equal("2026년 12월 6일 18:17 (GMT+9)", LocalTimes.DateAndTime(at, seoul, "ko"));
        Assert.Equal("12월 6일 18:17", LocalTimes.ShortDateAndTime(at, seoul, "ko"));
        // Summer time in Rome.
        Assert.Equal("6 June 2026, 11:17 (GMT+2)", LocalTimes.DateAndTime(at.AddMonths(-6), rome, "en"));
    }

    [Fact]
    public void Money_IsWrittenAsTheReadersLanguageWritesIt()
    {
        Assert.Equal(("€420.00", "420,00 €", "€420.00"),
            (Money.FromMajor(420, Currency.Eur).Format("en"), Money.FromMajor(420, Currency.Eur).Format("it"), Money.FromMajor(420, Currency.Eur).Format("ko")));
        Assert.Equal(("₩129,000", "$1,299.50"), (Money.FromMajor(129000, Currency.Krw).Format("ko"), Money.FromMajor(1299.5m, Currency.Usd).Format("en")));
    }

    [Fact]
    public void Counts_TakeTheirLanguagesPluralForm()
    {
        var english = new Plural("{0} item", "{0} items");
        var korean = new Plural("{0}개 상품");

        Assert.Equal(("1 item", "2 items", "0 items"), (english.Format(1), english.Format(2), english.Format(0)));
        Assert.Equal(("1개 상품", "2개 상품"), (korean.Format(1), korean.Format(2)));
    }
}
