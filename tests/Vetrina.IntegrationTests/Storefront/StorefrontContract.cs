using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Domain;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;
using Vetrina.Storefront.Pages.Store;

namespace Vetrina.IntegrationTests;

/// <summary>What the foundation promises, checked over HTTP on each database provider.</summary>
public abstract partial class StorefrontContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    private HttpClient Client(string? acceptLanguage = null)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    [Fact]
    public async Task Database_IsMigratedAndSeededWithTheDemoBrand()
    {
        var (pending, provider) = await app.WithDbAsync(async db => ((await db.Database.GetPendingMigrationsAsync()).Count(), db.Database.ProviderName));
        Assert.Equal(0, pending);
        Assert.Contains(app.Provider == Data.DatabaseProvider.Sqlite ? "Sqlite" : "Npgsql", provider, StringComparison.Ordinal);
        var styles = await app.WithDbAsync(db => db.Set<Style>().CountAsync());
        var skus = await app.WithDbAsync(db => db.Set<Sku>().CountAsync());
        Assert.True(styles >= 150, $"{styles} styles");
        Assert.True(skus >= 2000, $"{skus} SKUs");
    }

    [Fact]
    public async Task Health_AndReadiness_Answer()
    {
        var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/readyz");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("ko-KR,ko;q=0.9,en;q=0.8", "/ko")]
    [InlineData("it-IT", "/it")]
    [InlineData("fr-FR", "/en")]
    public async Task Root_RedirectsByAcceptLanguage(string acceptLanguage, string expected)
    {
        var response = await Client(acceptLanguage).GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("en", "New arrivals")]
    [InlineData("it", "Nuovi arrivi")]
    [InlineData("ko", "신상품")]
    public async Task Home_IsRenderedInItsLanguage_WithHreflangAlternates(string language, string heading)
    {
        var html = await Client().GetStringAsync($"/{language}");
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        foreach (var alternate in Languages.All)
        {
            Assert.Contains($"hreflang=\"{alternate}\" href=\"http://localhost/{alternate}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("\"@type\":\"Organization\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDemoCatalogue_AgreesWithItself_EachDescriptionSaysOnlyWhereItsStyleIsMade()
    {
        var snapshot = await app.Services.GetRequiredService<Vetrina.Catalog.ReadModel.CatalogSnapshotCache>().GetAsync();
        var made = new Dictionary<string, string> { ["IT"] = "Italy", ["PT"] = "Portugal", ["KR"] = "Korea" };

        // Where the cloth was woven may be elsewhere (a Biella mill's wool made up in Portugal); where the style was made
        // is said once, and it is its country of origin.
        Assert.All(snapshot.Styles.Where(s => s.Code.StartsWith("VT-", StringComparison.Ordinal)), s =>
        {
            Assert.EndsWith($"Made in {made[s.CountryOfOrigin]}.", s.Description.En, StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(s.Description.En, @"\b(made|stitched|sewn|knitted) in\b",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        });
    }

    [Fact]
    public async Task EveryPage_LinksToTheJournalAndTheLookbook_InItsLanguage()
    {
        var html = await Client().GetStringAsync("/ko");

        Assert.Contains("<a href=\"/ko/blogs/journal\">저널</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ko/blogs/lookbook\">룩북</a>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync("/ko/blogs/lookbook")).StatusCode);
    }

    [Fact]
    public async Task ProductPage_InKorean_ShowsWonPricesKoreanSizesAndStructuredData()
    {
        var style = await FirstStyleAsync(s => s.SizeType == Catalog.Contracts.SizeType.WomenApparel && s.IsPurchasable && s.Prices.Single(p => p.Market == "KR").Markdown is null);
        var html = await Client().GetStringAsync($"/ko/products/{Uri.EscapeDataString(style.Handle.Ko!)}");
        var won = style.PriceIn("KR")!.SellingPrice.Format();
        Assert.StartsWith("₩", won, StringComparison.Ordinal);
        Assert.Contains(won, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("42 (KR 66)", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(style.Name.Ko!), html, StringComparison.Ordinal);

        var jsonLd = JsonLdBlocks(html);
        var group = jsonLd.Single(j => j.GetProperty("@type").GetString() == "ProductGroup");
        Assert.Equal(style.Code, group.GetProperty("productGroupID").GetString());
        var variant = group.GetProperty("hasVariant")[0];
        Assert.Equal("KRW", variant.GetProperty("offers").GetProperty("priceCurrency").GetString());
        Assert.Matches("^[0-9]{13}$", variant.GetProperty("gtin13").GetString()!);
        Assert.Contains(jsonLd, j => j.GetProperty("@type").GetString() == "BreadcrumbList");
    }

    [Fact]
    public async Task MarkedDownProduct_ShowsTheLowestPriceOfThe30DaysBefore()
    {
        var style = await FirstStyleAsync(s => s.PriceIn("IT") is { IsMarkedDown: true, LowestPrior: not null } p && p.LowestPrior < p.Full);
        var price = style.PriceIn("IT")!;
        var html = WebUtility.HtmlDecode(await Client().GetStringAsync($"/it/products/{style.Handle.It}"));
        Assert.Contains($"Prezzo più basso nei 30 giorni precedenti la riduzione: {price.LowestPriorPrice!.Value.Format()}", html, StringComparison.Ordinal);
        Assert.Contains($"<del><span class=\"sr\">prima </span>{price.FullPrice.Format()}</del>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPictures_ArePhotoWeight_AndServedResized_WithSrcsetPreloadAndLazyLoading()
    {
        var style = await FirstStyleAsync(s => s.Colourways[0].Images.Count == 3);
        var images = style.Colourways[0].Images;
        var client = Client();

        // The demo's originals weigh what a brand's 2000-pixel exports weigh; the shop never sends them to a page.
        var original = await client.GetAsync(images[0].Url);
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType!.MediaType);
        var bytes = await original.Content.ReadAsByteArrayAsync();
        Assert.InRange(bytes.Length, 200 * 1024, 400 * 1024);
        Assert.Equal("public, max-age=31536000, immutable", original.Headers.CacheControl!.ToString());
        using (var photo = SkiaSharp.SKBitmap.Decode(bytes))
        {
            Assert.Equal((1600, 2000), (photo.Width, photo.Height));
        }

        var copy = await client.GetAsync(ResponsiveImages.At(images[0].Url, 540));
        Assert.Equal("image/webp", copy.Content.Headers.ContentType!.MediaType);
        var small = await copy.Content.ReadAsByteArrayAsync();
        using (var decoded = SkiaSharp.SKBitmap.Decode(small))
        {
            Assert.Equal((540, 675), (decoded.Width, decoded.Height));
        }

        Assert.Equal(small, await client.GetByteArrayAsync(ResponsiveImages.At(images[0].Url, 540)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ResponsiveImages.At(images[0].Url, 500))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/demo/{style.Code}/NOPE/1-540.webp")).StatusCode);

        var html = Tight(await client.GetStringAsync($"/en/products/{style.Handle.En}"));
        var srcset = string.Join(", ", ResponsiveImages.Widths.Select(w => $"{ResponsiveImages.At(images[0].Url, w)} {w}w"));
        Assert.Contains($"<link rel=\"preload\" as=\"image\" imagesrcset=\"{srcset}\" imagesizes=\"{ProductModel.GallerySizes}\" fetchpriority=\"high\">", html, StringComparison.Ordinal);
        var gallery = System.Text.RegularExpressions.Regex.Matches(html[html.IndexOf("<div class=\"gallery\">", StringComparison.Ordinal)..], "<img [^>]+>").Take(3).Select(m => m.Value).ToList();
        Assert.Equal(3, gallery.Count);
        Assert.All(gallery, img => Assert.Contains($"sizes=\"{ProductModel.GallerySizes}\"", img, StringComparison.Ordinal));
        Assert.All(gallery, img => Assert.Contains("width=\"1600\" height=\"2000\"", img, StringComparison.Ordinal));
        Assert.Contains($"srcset=\"{srcset}\"", gallery[0], StringComparison.Ordinal);
        Assert.Contains("loading=\"eager\" fetchpriority=\"high\"", gallery[0], StringComparison.Ordinal);
        Assert.All(gallery.Skip(1), img => Assert.Contains("loading=\"lazy\"", img, StringComparison.Ordinal));

        var collection = await client.GetStringAsync("/en/collections/women");
        var cards = System.Text.RegularExpressions.Regex.Matches(collection, "<img [^>]+>").Select(m => m.Value).ToList();
        Assert.All(cards, img => Assert.Contains($"sizes=\"{Vetrina.Storefront.Pages.ProductCard.Sizes}\"", img, StringComparison.Ordinal));
        Assert.Contains("loading=\"lazy\"", cards[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSizeGuide_GivesTheBodyInCentimetres_PerSize_InThePagesLanguage()
    {
        // Women's shoes: EU 35 is a 22.5 cm foot (Korean 225 mm), written as Italians write it: 22,5.
        var shoe = await FirstStyleAsync(s => s.SizeType == SizeType.WomenShoes);
        var italian = Tight(await Client().GetStringAsync($"/it/products/{shoe.Handle.It}"));
        Assert.Contains("<th scope=\"col\">Lunghezza piede (cm)</th>", italian, StringComparison.Ordinal);
        Assert.Contains("<td>35</td><td>35</td><td>35</td><td>2</td><td>4</td><td>225</td><td class=\"num\">22,5</td>", italian, StringComparison.Ordinal);

        var knit = await FirstStyleAsync(s => s.SizeType == SizeType.WomenLetter);
        var english = Tight(await Client().GetStringAsync($"/en/products/{knit.Handle.En}"));
        foreach (var heading in new[] { "Chest (cm)", "Waist (cm)", "Hips (cm)", "Inside leg (cm)" })
        {
            Assert.Contains($"<th scope=\"col\">{heading}</th>", english, StringComparison.Ordinal);
        }

        // M is IT 42: chest 88, waist 70, hips 96, inside leg 81.
        Assert.Contains("<td>M</td><td>42</td><td>38</td><td>38</td><td>10</td><td>6</td><td>66</td><td class=\"num\">88</td><td class=\"num\">70</td><td class=\"num\">96</td><td class=\"num\">81</td>",
            english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collection_FilteredBySize_ListsOnlyStylesWithThatSize()
    {
        var client = Client();
        var all = await client.GetStringAsync("/en/collections/women");
        var filtered = await client.GetStringAsync("/en/collections/women?size=XS");
        int Count(string html) => int.Parse(ProductsCount().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Count(filtered) > 0 && Count(filtered) < Count(all), $"{Count(filtered)} of {Count(all)}");
        Assert.Contains("id=\"f-size-XS\" type=\"checkbox\" name=\"size\" value=\"XS\" checked=\"checked\"", filtered, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, follow\">", filtered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it", "maglioni", "Maglione")]
    [InlineData("it", "magliome", "Maglione")]
    [InlineData("en", "cardgan", "cardigan")]
    [InlineData("ko", "니트", "니트")]
    [InlineData("ko", "캐시미어니트", "캐시미어")]
    public async Task Search_ToleratesStemsTyposAndKoreanWithoutSpaces(string language, string query, string expected)
    {
        var result = await Client().GetFromJsonAsync<JsonElement>($"/api/v1/search?lang={language}&q={Uri.EscapeDataString(query)}");
        Assert.True(result.GetProperty("total").GetInt32() > 0, $"nothing for {query}");
        Assert.Contains(expected, result.GetProperty("items")[0].GetProperty("name").GetString()!, StringComparison.OrdinalIgnoreCase);

        var html = await Client().GetStringAsync($"/{language}/search?q={Uri.EscapeDataString(query)}");
        Assert.Contains("class=\"card\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/it/products/non-esiste", "Pagina non trovata")]
    [InlineData("/ko/collections/없음", "페이지를 찾을 수 없습니다")]
    [InlineData("/en/collections/women?page=99999999999", "Page not found")]
    [InlineData("/en/collections/women?page=-1", "Page not found")]
    [InlineData("/it/qualcosa/che/non/esiste", "Pagina non trovata")]
    public async Task UnknownPages_Answer404_InThePagesLanguage(string path, string title)
    {
        var response = await Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(title, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/styles?page=0", "page")]
    [InlineData("/api/v1/styles?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/styles?market=XX", "market")]
    [InlineData("/api/v1/styles?lang=fr", "lang")]
    [InlineData("/api/v1/search?q=", "q")]
    public async Task Api_RejectsBadInputWithProblemDetails(string path, string field)
    {
        var response = await Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Api_UnknownStyle_Is404ProblemDetails_AndPageNumbersAreBounded()
    {
        var response = await Client().GetAsync("/api/v1/styles/NOPE");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client().GetAsync("/api/v1/styles?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Api_StyleCarriesAnETag_AndAnswers304WhenUnchanged()
    {
        var style = await FirstStyleAsync(_ => true);
        var client = Client();
        var first = await client.GetAsync($"/api/v1/styles/{style.Code}?lang=it&market=IT");
        first.EnsureSuccessStatusCode();
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(style.Code, body.GetProperty("code").GetString());
        Assert.Equal("EUR", body.GetProperty("price").GetProperty("currency").GetString());

        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/styles/{style.Code}?lang=it&market=IT");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Sitemaps_AreAnIndexOfPerLanguageSitemapsWithAlternates()
    {
        var client = Client();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(3, index.Root!.Elements(ns + "sitemap").Count());
        var korean = XDocument.Parse(await client.GetStringAsync("/sitemaps/ko.xml"));
        var urls = korean.Root!.Elements(ns + "url").ToList();
        Assert.True(urls.Count > 150);
        Assert.All(urls, u => Assert.Equal(3, u.Elements(XName.Get("link", "http://www.w3.org/1999/xhtml")).Count()));
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", await client.GetStringAsync("/robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenamedStyle_OldSlugRedirectsPermanently()
    {
        var code = await app.WithDbAsync(db => db.Set<Style>().Where(s => s.Lifecycle == Lifecycle.FullPrice).OrderByDescending(s => s.Code).Select(s => s.Code).FirstAsync());
        var oldHandle = await app.WithDbAsync(async db =>
        {
            var style = await db.Set<Style>().Include(s => s.Handles).SingleAsync(s => s.Code == code);
            var before = style.HandleFor("en");
            style.Rename(new LocalizedText(style.Name.En + " renamed", style.Name.It + " rinominato", style.Name.Ko + " 새 이름"));
            await db.SaveChangesAsync();
            return before;
        });
        await app.Services.GetRequiredService<Vetrina.Catalog.ReadModel.CatalogSnapshotCache>().InvalidateAsync();

        var response = await Client().GetAsync($"/en/products/{oldHandle}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/en/products/{oldHandle}-renamed", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task ChoosingAMarket_ChangesTheCurrency_OnEveryNodeThroughACookie()
    {
        var client = Client();
        var response = await client.GetAsync("/en/market?code=KR&returnUrl=%2Fen%2Fcollections%2Fmen");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/collections/men", response.Headers.Location!.OriginalString);
        Assert.Contains("₩", WebUtility.HtmlDecode(await client.GetStringAsync("/en/collections/men")), StringComparison.Ordinal);

        var offsite = await Client().GetAsync("/en/market?code=KR&returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/en", offsite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task StorefrontPages_SetNoCookie_AndMayBeCachedByTheBrowser()
    {
        var response = await Client().GetAsync("/en");
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join(" ", response.Headers.Select(h => h.Key)));
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCatalogueApi()
    {
        var document = await Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/styles/{code}", out _));
    }

    /// <summary>The page's text with the white space between tags taken out, to compare table rows cell by cell.</summary>
    private static string Tight(string html) => System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(html), ">\\s+<", "><");

    private async Task<StyleView> FirstStyleAsync(Func<StyleView, bool> predicate)
    {
        var snapshot = await app.Services.GetRequiredService<Vetrina.Catalog.ReadModel.CatalogSnapshotCache>().GetAsync();
        return snapshot.Styles.First(predicate);
    }

    private static List<JsonElement> JsonLdBlocks(string html) =>
        [.. JsonLdScript().Matches(html).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement)];

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();

    [GeneratedRegex("<p role=\"status\">([0-9]+) products</p>")]
    private static partial Regex ProductsCount();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStorefrontTests(SqliteAppFixture fixture) : StorefrontContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStorefrontTests(PostgresAppFixture fixture) : StorefrontContract(fixture);
