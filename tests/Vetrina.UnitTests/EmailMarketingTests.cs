using MimeKit;
using Vetrina.EmailMarketing.Bounces;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Contacts;
using Vetrina.EmailMarketing.Segments;
using Vetrina.EmailMarketing.Sending;
using Vetrina.EmailMarketing.Templates;

namespace Vetrina.UnitTests;

public sealed class EmailMarketingTests
{
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    [Theory]
    // Seoul local time → when the advertising email may go (local), without night consent.
    [InlineData("2026-11-24T10:00", "2026-11-24T10:00")]
    [InlineData("2026-11-24T20:59", "2026-11-24T20:59")]
    [InlineData("2026-11-24T21:00", "2026-11-25T08:00")]
    [InlineData("2026-11-24T23:30", "2026-11-25T08:00")]
    [InlineData("2026-11-25T03:00", "2026-11-25T08:00")]
    [InlineData("2026-11-25T07:59", "2026-11-25T08:00")]
    [InlineData("2026-11-25T08:00", "2026-11-25T08:00")]
    public void KoreanQuietHours_HoldAdvertisingUntilEightInTheMorning(string now, string expected)
    {
        var at = new DateTimeOffset(DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Seoul);
        var earliest = MarketingRules.EarliestSend(at, "KR", "Asia/Seoul", nightConsent: false);
        Assert.Equal(new DateTimeOffset(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Seoul), earliest);
        // A deferred time is stored: PostgreSQL refuses an offset, and SQLite orders instants only within one offset.
        Assert.True(earliest == at || earliest.Offset == TimeSpan.Zero, "a deferred send time is in UTC");
        Assert.Equal(at, MarketingRules.EarliestSend(at, "KR", "Asia/Seoul", nightConsent: true));
        Assert.Equal(at, MarketingRules.EarliestSend(at, "IT", "Europe/Rome", nightConsent: false));
    }

    [Fact]
    public void KoreanSubjects_StartWithTheAdvertisingMark_Once()
    {
        Assert.Equal("(광고) 새 시즌", MarketingRules.Subject("새 시즌", "KR"));
        Assert.Equal("(광고) 새 시즌", MarketingRules.Subject("(광고) 새 시즌", "KR"));
        Assert.Equal("Nuova stagione", MarketingRules.Subject("Nuova stagione", "IT"));
    }

    [Fact]
    public void AnAddressInItsAsciiForm_IsTheSameMailboxAsItsUnicodeForm_AndIsTaken()
    {
        Assert.Equal("anna@müller.de", Contact.Normalise(" Anna@XN--MLLER-KVA.de "));
        Assert.Equal(Contact.Normalise("anna@müller.de"), Contact.Normalise("anna@xn--mller-kva.de"));
        Assert.True(ContactBook.IsValidAddress("anna@xn--mller-kva.de"));
        Assert.True(ContactBook.IsValidAddress("anna@müller.de"));
        Assert.False(ContactBook.IsValidAddress("anna@müller"));
    }

    [Fact]
    public void AContactWithoutACountry_FollowsKoreasRulesIfTheyReadKorean_AndNoCountrysOtherwise()
    {
        Assert.Equal(("KR", "", "IT", "KR"), (MarketingRules.CountryOfRules("", "ko"), MarketingRules.CountryOfRules("", "it"),
            MarketingRules.CountryOfRules("IT", "ko"), MarketingRules.CountryOfRules("KR", "en")));
        Assert.Equal("(광고) 새 시즌", MarketingRules.Subject("새 시즌", MarketingRules.CountryOfRules("", "ko")));
        // Unknown is not European: no soft opt-in on a guess.
        var now = DateTimeOffset.UtcNow;
        Assert.False(MarketingRules.MayReceive(EmailConsent.SoftOptIn, MarketingRules.CountryOfRules("", "it"), null, true, now));
    }

    [Fact]
    public void Consent_CoversACampaign_ByCountryAndKind()
    {
        var now = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
        Assert.True(MarketingRules.MayReceive(EmailConsent.Subscribed, "KR", now.AddDays(-700), false, now));
        // Korean consent lapses after two years until re-confirmed.
        Assert.False(MarketingRules.MayReceive(EmailConsent.Subscribed, "KR", now.AddDays(-731), false, now));
        Assert.True(MarketingRules.MayReceive(EmailConsent.Subscribed, "IT", now.AddDays(-2000), false, now));
        // Soft opt-in: EU customers, only about products like those they bought; never in Korea.
        Assert.True(MarketingRules.MayReceive(EmailConsent.SoftOptIn, "IT", now, true, now));
        Assert.False(MarketingRules.MayReceive(EmailConsent.SoftOptIn, "IT", now, false, now));
        Assert.False(MarketingRules.MayReceive(EmailConsent.SoftOptIn, "KR", now, true, now));
        Assert.False(MarketingRules.MayReceive(EmailConsent.Pending, "IT", now, true, now));
        Assert.False(MarketingRules.MayReceive(EmailConsent.Unsubscribed, "IT", now, true, now));
    }

    [Fact]
    public void Rfm_ScoresByQuintile_AndNamesTheGroups()
    {
        var now = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
        var buyers = Enumerable.Range(1, 10).Select(i => new BuyerHistory(i, now.AddDays(-10 * (11 - i)), i, i * 1000L)).ToList();
        var scores = RfmScores.Score(buyers);
        Assert.Equal("111", scores[1]);
        Assert.Equal("555", scores[10]);
        Assert.Equal("333", scores[5]);
        Assert.Equal("champions", RfmScores.Segment("545"));
        Assert.Equal("loyal", RfmScores.Segment("343"));
        Assert.Equal("new", RfmScores.Segment("511"));
        Assert.Equal("cant-lose", RfmScores.Segment("155"));
        Assert.Equal("at-risk", RfmScores.Segment("233"));
        Assert.Equal("hibernating", RfmScores.Segment("111"));
        // Ties share a score.
        var tied = RfmScores.Score([.. Enumerable.Range(1, 5).Select(i => new BuyerHistory(i, now, 1, 100))]);
        Assert.Single(tied.Values.Distinct());
    }

    [Fact]
    public void SegmentRules_AreCheckedOneByOne()
    {
        var errors = SegmentCondition.Validate(
        [
            new("country", "in", ["IT", "KR"]),
            new("country", "in", ["Italy"]),
            new("orders", "more-than", ["2"]),
            new("rfm", "in", ["champions", "vips"]),
            new("bought", "matching", ["category:KNIT", "season"]),
            new("colour", "in", ["red"]),
        ]);
        Assert.Equal(["1", "2", "3", "4", "5"], errors.Keys.Order());
        Assert.Contains("two capital letters", errors["1"], StringComparison.Ordinal);
        Assert.Contains("at-least or at-most", errors["2"], StringComparison.Ordinal);
        Assert.Contains("Unknown field 'colour'", errors["5"], StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_EncodeWhatContactsTyped_InTheHtml_ButNotInTheSubject()
    {
        var (template, error) = TemplateRenderer.Parse("<p>Ciao {{ contact.first_name }}</p>{% for p in products %}<a href=\"{{ p.url }}\">{{ p.name }} {{ p.price }}</a>{% endfor %}");
        Assert.Null(error);
        var model = new MessageModel("a@b.it", "<script>x</script>Anna", null, "it", "IT", "Vetrina", "https://shop.example", "https://shop.example/e/u/t",
            [new ProductBlock("K1", "Maglione", "€ 120,00", null, "https://shop.example/it/products/maglione", null, null)]);
        var html = TemplateRenderer.RenderHtml(template!, model);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;Anna", html, StringComparison.Ordinal);
        Assert.Contains("Maglione € 120,00", html, StringComparison.Ordinal);
        Assert.Equal("Ciao <b>", TemplateRenderer.RenderText(TemplateRenderer.Parse("Ciao {{ contact.first_name }}").Template!, model with { FirstName = "<b>" }));
        Assert.NotNull(TemplateRenderer.Parse("{% for p in products %}").Error);
    }

    [Fact]
    public void TheTextPart_IsMadeFromTheHtml_WithLinksSpelledOut()
    {
        var text = HtmlText.From("<html><head><style>p{}</style></head><body><p>Ciao&nbsp;Anna</p><p><a href=\"https://s.example/it\">Scopri</a><br>Fine</p></body></html>");
        Assert.Equal("Ciao\u00a0Anna\n\nScopri (https://s.example/it)\nFine\n", text);
    }

    [Fact]
    public void Links_AreTrackedAndSigned_ButNotTheUnsubscribeLink()
    {
        var html = TrackedHtml.Apply("<body><a href=\"https://shop.example/it?x=1&amp;y=2\">a</a><a href=\"https://shop.example/e/u/tok\">u</a></body>",
            "https://shop.example", "tok", "key");
        var signature = LinkSigner.Sign("key", "tok", "https://shop.example/it?x=1&y=2");
        Assert.Contains($"href=\"https://shop.example/e/c/tok?u={Uri.EscapeDataString("https://shop.example/it?x=1&y=2")}&amp;h={signature}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://shop.example/e/u/tok\"", html, StringComparison.Ordinal);
        Assert.Contains("/e/o/tok.gif", html, StringComparison.Ordinal);
        Assert.True(LinkSigner.Verify("key", "tok", "https://shop.example/it?x=1&y=2", signature));
        Assert.False(LinkSigner.Verify("key", "tok", "https://evil.example/", signature));
        Assert.False(LinkSigner.Verify("other", "tok", "https://shop.example/it?x=1&y=2", signature));
    }

    [Fact]
    public void AbTest_PicksTheHigherHumanOpenRate_AndATieGoesToA()
    {
        Assert.Equal('B', AbTest.Winner(new AbTest.Arm(100, 20), new AbTest.Arm(90, 20)));
        Assert.Equal('A', AbTest.Winner(new AbTest.Arm(100, 20), new AbTest.Arm(100, 20)));
        Assert.Equal('A', AbTest.Winner(new AbTest.Arm(0, 0), new AbTest.Arm(0, 0)));
    }

    [Fact]
    public void AnAbuseComplaint_IsReadFromItsFeedbackReport()
    {
        var arf = new MimeMessage();
        arf.From.Add(MailboxAddress.Parse("fbl@isp.example"));
        arf.To.Add(MailboxAddress.Parse("bounces+AbCdEfGhIjKlMnOp@mail.vetrina.example"));
        var feedback = new MimePart("message", "feedback-report")
        {
            Content = new MimeContent(new MemoryStream("Feedback-Type: abuse\r\nUser-Agent: ISP-FBL/1.0\r\nVersion: 1\r\nOriginal-Rcpt-To: Anna@Example.com\r\n"u8.ToArray())),
        };
        arf.Body = new MultipartReport("feedback-report") { new TextPart("plain") { Text = "This is an abuse report." }, feedback };
        var report = DeliveryReports.Read(arf);
        Assert.Equal(ReportKind.Complaint, report.Kind);
        Assert.Equal("anna@example.com", report.Recipient);
        Assert.Equal("AbCdEfGhIjKlMnOp", report.Token);
    }
}
