using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Blog posts: written in Markdown per language with a product block, scheduled, shown with the reader's price and stock,
/// JSON-LD BlogPosting and Open Graph, listed in well-formed Atom and RSS feeds; a post scheduled for later is nowhere yet
/// but through its signed preview link.
/// </summary>
public abstract class ContentContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task APost_IsShoppable_Scheduled_Localised_AndInTheFeeds()
    {
        var blog = $"b{Guid.NewGuid():N}"[..12];
        var (sku, _) = await app.SkuWithUnitsAsync(5, pick: 60);
        var style = await app.WithDbAsync(db => db.Set<Vetrina.Catalog.Domain.Style>().Where(s => s.Colourways.SelectMany(c => c.Skus).Any(k => k.Code == sku))
            .Select(s => new { s.Code, s.Name }).SingleAsync());
        var editor = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");

        var refused = await editor.SubmitAsync("/admin/content", null, new() { ["Blog"] = blog, ["Title.En"] = "", ["Body.En"] = "{{product NOPE-000}}" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var form = await refused.Content.ReadAsStringAsync();
        Assert.Contains("The English title is needed", form, StringComparison.Ordinal);

        var body = $"## The knit edit\n\nSoft **merino** for cold days.\n\n{{{{product {style.Code}}}}}\n\n<script>alert(1)</script>\n";
        var corpo = $"## La maglia\n\nMerino **morbido** per i giorni freddi.\n\n{{{{product {style.Code}}}}}\n";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync("/admin/content", null, new()
        {
            ["Blog"] = blog, ["Title.En"] = "The knit edit", ["Title.It"] = "La maglia giusta", ["Summary.En"] = "Merino for winter", ["Body.En"] = body,
            ["Body.It"] = corpo, ["CoverUrl"] = "/media/logo.svg", ["CoverAlt"] = "Knitwear", ["Author"] = "Giulia", ["PublishAt"] = "2026-01-10T09:00",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync("/admin/content", null, new()
        {
            ["Blog"] = blog, ["Title.En"] = "Coming soon", ["Body.En"] = "Not yet.", ["PublishAt"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode);
        var calendar = await editor.Client.GetStringAsync("/admin/content");
        Assert.Contains("scheduled", calendar, StringComparison.Ordinal);
        Assert.Contains("live", calendar, StringComparison.Ordinal);

        var shop = app.CreateClient();
        var italian = await shop.GetStringAsync($"/it/blogs/{blog}/la-maglia-giusta");
        Assert.Contains("<h2>La maglia</h2>", italian, StringComparison.Ordinal);
        Assert.Contains("<strong>morbido</strong>", italian, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(style.Name.Get("it")), italian, StringComparison.Ordinal);
        Assert.Contains("€", italian, StringComparison.Ordinal);
        Assert.Contains("<p class=\"stock\">Disponibile</p>", italian, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"BlogPosting\"", italian, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", italian, StringComparison.Ordinal);
        Assert.Contains($"hreflang=\"en\" href=\"http://localhost/en/blogs/{blog}/the-knit-edit\"", italian, StringComparison.Ordinal);
        var english = await shop.GetStringAsync($"/en/blogs/{blog}/the-knit-edit");
        Assert.DoesNotContain("<script>alert(1)</script>", english, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", english, StringComparison.Ordinal);
        // Sold out now: the block says so at once (price and stock are read at each visit).
        await app.WithDbAsync(db =>
        {
            var skus = db.Set<Vetrina.Catalog.Domain.Style>().Where(s => s.Code == style.Code).SelectMany(s => s.Colourways).SelectMany(c => c.Skus).Select(k => k.Id);
            return db.Set<Vetrina.Inventory.Domain.StockLevel>().Where(l => skus.Contains(l.SkuId))
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, l => l.Reserved).SetProperty(l => l.BackorderLimit, 0));
        });
        Assert.Contains("<p class=\"stock\">sold out</p>", await shop.GetStringAsync($"/en/blogs/{blog}/the-knit-edit"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await shop.GetAsync($"/en/blogs/{blog}/coming-soon")).StatusCode);
        // The calendar's signed preview link shows it in the shop's layout, out of search engines; a forged one shows nothing.
        var preview = System.Net.WebUtility.HtmlDecode(Regex.Match(calendar, $"href=\"(/en/blogs/{blog}/coming-soon\\?preview=[^\"]+)\"").Groups[1].Value);
        Assert.StartsWith($"/en/blogs/{blog}/coming-soon?preview=", preview, StringComparison.Ordinal);
        var previewed = await shop.GetStringAsync(preview);
        Assert.Contains("<h1>Coming soon</h1>", previewed, StringComparison.Ordinal);
        Assert.Contains("Preview: this post is not published.", previewed, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, follow\">", previewed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.GetAsync($"/en/blogs/{blog}/coming-soon?preview=forged{preview[^12..]}")).StatusCode);
        var atom = XDocument.Parse(await shop.GetStringAsync($"/it/blogs/{blog}.atom"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(atom.Root!.Elements(a + "entry"));
        Assert.Equal("La maglia giusta", entry.Element(a + "title")!.Value);
        Assert.EndsWith($"/it/blogs/{blog}/la-maglia-giusta", entry.Element(a + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        var rss = XDocument.Parse(await shop.GetStringAsync($"/en/blogs/{blog}.rss"));
        Assert.Equal("The knit edit", Assert.Single(rss.Descendants("item")).Element("title")!.Value);
        Assert.Contains("The knit edit", await shop.GetStringAsync($"/en/blogs/{blog}"), StringComparison.Ordinal);
        // The SEO audit names what the post lacks in Korean, with a link to its editor.
        var audit = await editor.Client.GetStringAsync("/admin/seo?issue=MissingTranslation&language=ko");
        Assert.Contains($"{blog}: The knit edit", audit, StringComparison.Ordinal);
        Assert.Contains("No title, summary, text, address in ko", audit, StringComparison.Ordinal);
        Assert.Matches(@"href=""/admin/content\?id=\d+""", audit);
        var sitemap = await shop.GetStringAsync("/sitemaps/it.xml");
        Assert.Contains($"/it/blogs/{blog}/la-maglia-giusta</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain($"/it/blogs/{blog}/coming-soon", sitemap, StringComparison.Ordinal);

        // A cover uploaded with the post: stored as WebP under /media and used for sharing; a file that is no image is refused by name.
        var notImage = await editor.UploadAsync("/admin/content", null, "CoverUpload", "cover.png", System.Text.Encoding.UTF8.GetBytes("not a picture"),
            new() { ["Blog"] = blog, ["Title.En"] = "Cover story", ["Body.En"] = "With a cover." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notImage.StatusCode);
        Assert.Contains("That file is not a JPEG, PNG or WebP image.", await notImage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.UploadAsync("/admin/content", null, "CoverUpload", "cover.png", TestImages.Png(1200, 630),
            new() { ["Blog"] = blog, ["Title.En"] = "Cover story", ["Body.En"] = "With a cover.", ["CoverAlt"] = "Navy", ["PublishAt"] = "2026-01-11T09:00" })).StatusCode);
        var cover = await app.WithDbAsync(db => db.Set<Vetrina.Content.Articles.Article>().Where(a => a.Blog == blog && a.Title.En == "Cover story").Select(a => a.CoverUrl).SingleAsync());
        Assert.StartsWith("/media/", cover, StringComparison.Ordinal);
        Assert.Equal("image/webp", (await shop.GetAsync(cover)).Content.Headers.ContentType!.MediaType);
        Assert.Contains($"<meta property=\"og:image\" content=\"http://localhost{cover}\">", await shop.GetStringAsync($"/en/blogs/{blog}/cover-story"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContentOnSqlite(SqliteAppFixture fixture) : ContentContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ContentOnPostgres(PostgresAppFixture fixture) : ContentContract(fixture);
