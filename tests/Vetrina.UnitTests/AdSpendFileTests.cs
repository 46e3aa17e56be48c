using Vetrina.Analytics.Spend;

namespace Vetrina.UnitTests;

/// <summary>Cost exports as Google Ads and Meta write them, and the bad ones, refused line by line with nothing taken.</summary>
public sealed class AdSpendFileTests
{
    private const string GoogleAds = """
        Campaign report
        "November 1, 2026 - November 2, 2026"
        Day,Campaign,Impr.,Clicks,Cost,Currency code
        2026-11-01,FW26 Collection,"12,480",312,184.20,EUR
        2026-11-02,FW26 Collection,"10,001",250,"1,150.00",EUR
        2026-11-02,Brand Search,900,120,35.5,EUR
        Total: Account,--,"23,381",682,"1,369.70",EUR
        """;

    private const string MetaAds = """
        Day,Campaign name,Impressions,Link clicks,Amount spent (KRW)
        2026-11-01,black-friday,52000,830,412000
        """;

    [Fact]
    public void AGoogleAdsExport_IsReadPastItsTitleAndTotals_WithCampaignsLowerCased()
    {
        var (rows, errors) = AdSpendFile.Read(new StringReader(GoogleAds), AdNetwork.GoogleAds);

        Assert.Empty(errors);
        Assert.Equal([("fw26 collection", 12_480L, 312L, 18_420L), ("fw26 collection", 10_001L, 250L, 115_000L), ("brand search", 900L, 120L, 3_550L)],
            rows.Select(r => (r.Campaign, r.Impressions, r.Clicks, r.CostMinor)));
        Assert.All(rows, r => Assert.Equal("EUR", r.Currency));
    }

    [Fact]
    public void ACampaignIdColumn_IsKept_SoVisitsTaggedWithTheIdAloneMeetTheirCampaign()
    {
        var (rows, errors) = AdSpendFile.Read(new StringReader("""
            Day,Campaign,Campaign ID,Impr.,Clicks,Cost,Currency code
            2026-11-01,FW26 Collection,21034567,100,4,2.50,EUR
            """), AdNetwork.GoogleAds);

        Assert.Empty(errors);
        Assert.Equal(("fw26 collection", "21034567"), (rows.Single().Campaign, rows.Single().CampaignId));
    }

    [Fact]
    public void AClickReport_GivesEachClickIdItsCampaign_AndABadLineTakesNothing()
    {
        const string report = """
            Click performance report
            Google click ID,Campaign,Ad group,Click date
            Cj0KCQ1,FW26 Collection,Coats,2026-11-01
            Cj0KCQ2,Brand Search,Brand,2026-11-02
            """;

        Assert.True(AdClickFile.Recognises(report));
        Assert.False(AdClickFile.Recognises("Day,Campaign,Impr.,Clicks,Cost\n"));
        var (clicks, errors) = AdClickFile.Read(new StringReader(report));
        Assert.Empty(errors);
        Assert.Equal([("Cj0KCQ1", "fw26 collection", new DateOnly(2026, 11, 1)), ("Cj0KCQ2", "brand search", new DateOnly(2026, 11, 2))],
            clicks.Select(c => (c.ClickKey, c.Campaign, c.Day)));

        var (none, problems) = AdClickFile.Read(new StringReader(report + "\nCj0KCQ3,,Coats,yesterday\n"));
        Assert.Empty(none);
        Assert.Equal(["The click has no campaign.", "'yesterday' is not a date: use YYYY-MM-DD as Google Ads exports it."], problems.Select(p => p.Message));
    }

    [Fact]
    public void AMetaExport_TakesItsCurrencyFromTheCostColumn_WonHaveNoMinorUnit()
    {
        var (rows, errors) = AdSpendFile.Read(new StringReader(MetaAds), AdNetwork.MetaAds);

        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal((new DateOnly(2026, 11, 1), "black-friday", 52_000L, 830L, 412_000L, "KRW"), (row.Day, row.Campaign, row.Impressions, row.Clicks, row.CostMinor, row.Currency));
    }

    [Fact]
    public void BadLines_AreEachNamedByLine_AndNothingIsTaken()
    {
        const string bad = """
            Day,Campaign,Impr.,Clicks,Cost,Currency code
            2026-11-01,ok,100,10,5.00,EUR
            01/11/2026,bad date,100,10,5.00,EUR
            2026-11-02,negative,100,10,-3.00,EUR
            2026-11-03,letters,many,10,5.00,EUR
            2026-11-04,currency,100,10,5.00,GBP
            """;

        var (rows, errors) = AdSpendFile.Read(new StringReader(bad), AdNetwork.GoogleAds);

        Assert.Empty(rows);
        Assert.Equal([3, 4, 5, 6], errors.Select(e => e.Line));
        Assert.Contains("is not a date", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("negative", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("not a whole number", errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("'GBP' is not a currency", errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithoutTheRightColumns_SaysWhichIsMissing()
    {
        var (_, missing) = AdSpendFile.Read(new StringReader("Day,Campaign,Clicks,Cost\n2026-11-01,x,1,1.00"), AdNetwork.GoogleAds);
        var (_, nothing) = AdSpendFile.Read(new StringReader("Name,Value\na,1"), AdNetwork.GoogleAds);

        Assert.Equal((1, "The header has no impressions column. Add it to the report before exporting."), (missing[0].Line, missing[0].Message));
        Assert.Contains("No header line names a day and a campaign", Assert.Single(nothing).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("1234", 1234)]
    [InlineData("12,480", 12480)]
    [InlineData("35.5", 35.5)]
    public void Amounts_ReadWithEitherSeparator(string text, double expected)
    {
        Assert.True(AdSpendFile.TryAmount(text, out var value));
        Assert.Equal((decimal)expected, value);
    }
}
