using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Data.Events;

using Vetrina.Privacy.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>The cookie banner: nothing set before a choice, reject as easy as accept, the X is no consent, GPC honoured, proof kept.</summary>
public abstract class ConsentContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task BeforeAChoice_TheBannerAsks_AndNoCookieIsSet_AfterIt_TheChoiceIsProvedAndTheBannerGone()
    {
        var visitor = new StaffSession(app);
        var first = await visitor.Client.GetAsync("/it");
        Assert.False(first.Headers.Contains("Set-Cookie"));
        var page = await first.Content.ReadAsStringAsync();
        Assert.Contains("id=\"consent\"", page, StringComparison.Ordinal);
        Assert.Contains("Rifiuta tutti", page, StringComparison.Ordinal);
        Assert.Contains("Accetta tutti", page, StringComparison.Ordinal);

        var chosen = await Choose(visitor, "accept", "/it/collections/donna");
        Assert.Equal("/it/collections/donna", chosen.Headers.Location!.OriginalString);
        var cookie = Assert.Single(chosen.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ConsentPolicy.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("max-age=15724800", cookie, StringComparison.OrdinalIgnoreCase);
        var state = ConsentPolicy.Parse(cookie.Split(';')[0].Split('=', 2)[1], DateTimeOffset.UtcNow);
        Assert.Equal((true, true, true), (state.Decided, state.Analytics, state.Marketing));
        Assert.DoesNotContain("id=\"consent\"", await visitor.Client.GetStringAsync("/it"), StringComparison.Ordinal);

        var (analytics, marketing) = await ProofAsync(state.VisitorId!.Value);
        Assert.Equal((ConsentDecision.Given, ConsentDecision.Given, false, ConsentPolicy.Version, "it", "banner"),
            (analytics.Decision, marketing.Decision, marketing.GlobalPrivacyControl, marketing.TextVersion, marketing.Language, marketing.Source));
        Assert.Equal((ConsentChannels.Cookie, "Statistiche: Contare le visite e capire quali pagine aiutano, solo con strumenti nostri."),
            (analytics.Channel, analytics.Text));

        // Withdrawal is as easy: one page, one click; the same visitor, a new proof.
        Assert.Contains("Impostazioni cookie", await visitor.Client.GetStringAsync("/it/privacy/cookies"), StringComparison.Ordinal);
        var withdrawn = await Choose(visitor, "reject", "/it/privacy/cookies?saved=true");
        var after = ConsentPolicy.Parse(Assert.Single(withdrawn.Headers.GetValues("Set-Cookie")).Split(';')[0].Split('=', 2)[1], DateTimeOffset.UtcNow);
        Assert.Equal((true, false, false, state.VisitorId), (after.Decided, after.Analytics, after.Marketing, after.VisitorId));
        // Two decisions, each a line per purpose in the ledger and an event for whoever listens: given twice, then withdrawn twice.
        await using var scope = app.Services.CreateAsyncScope();
        var lines = await scope.ServiceProvider.GetRequiredService<IConsentLedger>().OfVisitorAsync(state.VisitorId.Value);
        Assert.Equal([ConsentDecision.Given, ConsentDecision.Given, ConsentDecision.Withdrawn, ConsentDecision.Withdrawn], lines.Select(l => l.Decision));
        var published = await app.WithDbAsync(db => db.Set<EventRecord>().Where(e => e.Stream == $"consent:visitor:{state.VisitorId}").OrderBy(e => e.Id)
            .Select(e => e.Name).ToListAsync());
        Assert.Equal(["Privacy.ConsentGiven", "Privacy.ConsentGiven", "Privacy.ConsentWithdrawn", "Privacy.ConsentWithdrawn"], published);
    }

    [Fact]
    public async Task TheCloseButton_IsNoConsent_GlobalPrivacyControl_KeepsMarketingOff_AndOtherSitesCannotConsentForAVisitor()
    {
        var closing = new StaffSession(app);
        var closed = ConsentPolicy.Parse(CookieOf(await Choose(closing, "close", "/en")), DateTimeOffset.UtcNow);
        Assert.Equal((true, false, false), (closed.Decided, closed.Analytics, closed.Marketing));
        var closedProof = (await ProofAsync(closed.VisitorId!.Value)).Marketing;
        Assert.Equal(("banner-close", ConsentDecision.Withdrawn), (closedProof.Source, closedProof.Decision));

        var privateBrowser = new StaffSession(app);
        privateBrowser.Client.DefaultRequestHeaders.Add("Sec-GPC", "1");
        var gpc = ConsentPolicy.Parse(CookieOf(await Choose(privateBrowser, "accept", "/en")), DateTimeOffset.UtcNow);
        Assert.Equal((true, false), (gpc.Analytics, gpc.Marketing));
        var gpcProof = (await ProofAsync(gpc.VisitorId!.Value)).Marketing;
        Assert.Equal((true, ConsentDecision.Withdrawn), (gpcProof.GlobalPrivacyControl, gpcProof.Decision));
        Assert.Contains("Global Privacy Control", await privateBrowser.Client.GetStringAsync("/en/privacy/cookies"), StringComparison.Ordinal);

        var forged = new HttpRequestMessage(HttpMethod.Post, ConsentPolicy.EndpointPath)
        {
            Content = new FormUrlEncodedContent([new("choice", "accept"), new("returnUrl", "/en")]),
            Headers = { { "Sec-Fetch-Site", "cross-site" } },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateClient().SendAsync(forged)).StatusCode);
        var notAForm = await app.CreateClient().PostAsync(ConsentPolicy.EndpointPath, new StringContent("{\"choice\":\"accept\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notAForm.StatusCode);
        Assert.Equal("application/problem+json", notAForm.Content.Headers.ContentType?.MediaType);
        var elsewhere = await Choose(new StaffSession(app), "reject", "https://evil.example.com/");
        Assert.Equal("/en", elsewhere.Headers.Location!.OriginalString);
    }

    [Fact]
    public void AChoice_LastsSixMonths_AndNewBannerWordsAskAgain()
    {
        var visitor = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        Assert.True(ConsentPolicy.Parse(ConsentPolicy.Format(true, false, visitor, now.AddDays(-181)), now).Decided);
        var stale = ConsentPolicy.Parse(ConsentPolicy.Format(true, false, visitor, now.AddDays(-183)), now);
        Assert.Equal((false, (Guid?)visitor), (stale.Decided, stale.VisitorId));
        var otherWords = ConsentPolicy.Format(true, true, visitor, now).Replace(ConsentPolicy.Version, "000000000000", StringComparison.Ordinal);
        Assert.False(ConsentPolicy.Parse(otherWords, now).Decided);
        Assert.False(ConsentPolicy.Parse("garbage", now).Decided);
    }

    [Fact]
    public async Task WithdrawingAnalytics_RemovesTheAnalyticsVisitorCookie_AtOnce()
    {
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var withdraw = new HttpRequestMessage(HttpMethod.Post, ConsentPolicy.EndpointPath)
        {
            Content = new FormUrlEncodedContent([new("choice", "reject"), new("language", "it"), new("returnUrl", "/it")]),
            Headers = { { "Cookie", $"{AnalyticsCookie.Name}={Guid.NewGuid():N}" } },
        };

        var response = await browser.SendAsync(withdraw);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AnalyticsCookie.Name + "=;", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> Choose(StaffSession visitor, string choice, string returnUrl) =>
        visitor.Client.PostAsync(ConsentPolicy.EndpointPath, new FormUrlEncodedContent(
            [new("choice", choice), new("language", returnUrl.Length > 3 && returnUrl[0] == '/' ? returnUrl[1..3] : "en"), new("returnUrl", returnUrl)]));

    private static string CookieOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ConsentPolicy.CookieName + "=", StringComparison.Ordinal)).Split(';')[0].Split('=', 2)[1];

    /// <summary>The visitor's latest decision in the consent ledger, one line per cookie purpose.</summary>
    private async Task<(ConsentStatement Analytics, ConsentStatement Marketing)> ProofAsync(Guid visitor)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var lines = await scope.ServiceProvider.GetRequiredService<IConsentLedger>().OfVisitorAsync(visitor);
        return (lines.Last(l => l.Purpose == ConsentPurposes.AnalyticsCookies), lines.Last(l => l.Purpose == ConsentPurposes.MarketingCookies));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteConsentTests(SqliteAppFixture fixture) : ConsentContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlConsentTests(PostgresAppFixture fixture) : ConsentContract(fixture);
