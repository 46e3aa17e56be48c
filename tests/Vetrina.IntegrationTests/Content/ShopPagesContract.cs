using System.Net;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The shop's standing pages: every shop starts with terms, returns and withdrawal, shipping, privacy and company pages
/// in three languages, linked from every page; staff edit them, each save a new version with the old ones kept.
/// </summary>
public abstract class ShopPagesContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task EveryShopStartsWithItsLegalPages_InEachLanguage_LinkedFromEveryPage()
    {
        var client = app.CreateClient();
        var home = await client.GetStringAsync("/en");
        foreach (var (handle, title) in new[] { ("terms", "Terms of sale"), ("returns", "Returns and withdrawal"), ("shipping", "Shipping"), ("privacy", "Privacy policy"), ("help", "Help centre"), ("cookies", "Cookie policy"), ("company", "Company information") })
        {
            Assert.Contains($"<a href=\"/en/pages/{handle}\">{title}</a>", home, StringComparison.Ordinal);
        }

        // Who sells, on every page: Italy's company details; Korea's E-commerce Act identity with the business number's public check.
        Assert.Contains("Vetrina S.r.l. · Via della Moda 1, 20121 Milano, Italia · P.IVA IT12345678901 · REA MI-2654321 · Capitale sociale € 10.000 i.v.",
            WebUtility.HtmlDecode(await client.GetStringAsync("/it")), StringComparison.Ordinal);
        using var korean = new HttpRequestMessage(HttpMethod.Get, "/ko") { Headers = { { "Cookie", "vetrina_market=KR" } } };
        var seoul = WebUtility.HtmlDecode(await (await client.SendAsync(korean)).Content.ReadAsStringAsync());
        Assert.Contains("상호 베트리나 코리아 유한회사 · 대표자 김지수 · 사업자등록번호 120-86-12345 <a href=\"https://www.ftc.go.kr/bizCommPop.do?wrkr_no=1208612345\"", seoul, StringComparison.Ordinal);
        Assert.Contains("통신판매업 신고번호 제2026-서울강남-01234호", seoul, StringComparison.Ordinal);
        Assert.Contains("개인정보 보호책임자 박민지", seoul, StringComparison.Ordinal);

        var terms = WebUtility.HtmlDecode(await client.GetStringAsync("/it/pages/terms"));
        Assert.Contains("<h1>Condizioni di vendita</h1>", terms, StringComparison.Ordinal);
        Assert.Contains("Vetrina S.r.l., Via della Moda 1, 20121 Milano, Italia", terms, StringComparison.Ordinal);
        Assert.Matches("Versione [0-9]+, aggiornata il", terms);
        Assert.Contains("7일 이내에 청약철회", WebUtility.HtmlDecode(await client.GetStringAsync("/ko/pages/returns")), StringComparison.Ordinal);
        Assert.Contains("Modulo di recesso tipo", WebUtility.HtmlDecode(await client.GetStringAsync("/it/pages/returns")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/pages/no-such-page")).StatusCode);
    }

    [Fact]
    public async Task TheHelpCentre_ListsQuestionsByTopic_AndFindsThemByWords_InEachLanguage()
    {
        var client = app.CreateClient();
        var help = WebUtility.HtmlDecode(await client.GetStringAsync("/en/pages/help"));
        foreach (var topic in new[] { "Delivery", "Returns", "Sizes", "Payments" })
        {
            Assert.Contains($">{topic}</h2>", help, StringComparison.Ordinal);
        }

        Assert.Contains("<summary>How do I find my size?</summary>", help, StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", help, StringComparison.Ordinal);

        // Words in the answer count as well as the question's; accents and case aside; every word must be there.
        var italian = WebUtility.HtmlDecode(await client.GetStringAsync("/it/pages/help?q=" + Uri.EscapeDataString("CAMBIARE taglia")));
        Assert.Contains("Domande per “CAMBIARE taglia”: 1", italian, StringComparison.Ordinal);
        Assert.Contains("<summary>Posso cambiare taglia?</summary>", italian, StringComparison.Ordinal);
        Assert.DoesNotContain("<summary>Quando arriva il mio ordine?</summary>", italian, StringComparison.Ordinal);
        var accents = WebUtility.HtmlDecode(await client.GetStringAsync("/it/pages/help?q=" + Uri.EscapeDataString("E GRATUITA")));
        Assert.Contains("Domande per “E GRATUITA”: 1", accents, StringComparison.Ordinal);
        Assert.Contains("<summary>Quando ricevo il rimborso?</summary>", accents, StringComparison.Ordinal);
        var korean = WebUtility.HtmlDecode(await client.GetStringAsync("/ko/pages/help?q=" + Uri.EscapeDataString("교환")));
        Assert.Contains("<summary>다른 사이즈로 교환할 수 있나요?</summary>", korean, StringComparison.Ordinal);
        Assert.Contains("“교환” 검색 결과: ", korean, StringComparison.Ordinal);
        var nothing = WebUtility.HtmlDecode(await client.GetStringAsync("/en/pages/help?q=spaceship"));
        Assert.Contains("No question matches “spaceship”.", nothing, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", await client.GetStringAsync("/en/pages/help?q=" + Uri.EscapeDataString("<script>alert(1)</script>")), StringComparison.Ordinal);

        var cookies = WebUtility.HtmlDecode(await client.GetStringAsync("/it/pages/cookies"));
        Assert.Contains("vetrina_consent", cookies, StringComparison.Ordinal);
        Assert.Contains("Solo con il tuo consenso", cookies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffEditAPage_AsANewVersion_KeepingTheOldOnes_AndMarkdownCannotRunScript()
    {
        var editor = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var page = "/admin/content/pages?handle=shipping";
        var form = WebUtility.HtmlDecode(await editor.Client.GetStringAsync(page));
        var version = int.Parse(System.Text.RegularExpressions.Regex.Match(form, "name=\"Version\" value=\"([0-9]+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var blank = await editor.SubmitAsync(page, null, new() { ["Version"] = $"{version}", ["Title.En"] = "", ["Body.En"] = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("English is required", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var body = $"Parcels leave within **one** working day. <script>alert(1)</script> ({Guid.NewGuid():N})";
        var saved = await editor.SubmitAsync(page, null, new() { ["Version"] = $"{version}", ["Title.En"] = "Shipping", ["Body.En"] = body, ["Title.It"] = "Spedizioni", ["Body.It"] = "Entro un giorno." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = await app.CreateClient().GetStringAsync("/en/pages/shipping");
        Assert.Contains("Parcels leave within <strong>one</strong> working day. &lt;script&gt;alert(1)&lt;/script&gt;", shown, StringComparison.Ordinal);
        Assert.Contains($"Version {version + 1}, updated", shown, StringComparison.Ordinal);

        var history = WebUtility.HtmlDecode(await editor.Client.GetStringAsync(page));
        Assert.Contains($"Version {version + 1} · ", history, StringComparison.Ordinal);
        Assert.Contains($"Version {version} · ", history, StringComparison.Ordinal);

        // Saving over a version someone else replaced is refused, and nothing changes.
        var stale = await editor.SubmitAsync(page, null, new() { ["Version"] = $"{version}", ["Title.En"] = "Shipping", ["Body.En"] = "Stale text." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains($"saved version {version + 1} while you were editing version {version}", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("Stale text.", await app.CreateClient().GetStringAsync("/en/pages/shipping"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteShopPagesTests(SqliteAppFixture fixture) : ShopPagesContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlShopPagesTests(PostgresAppFixture fixture) : ShopPagesContract(fixture);
