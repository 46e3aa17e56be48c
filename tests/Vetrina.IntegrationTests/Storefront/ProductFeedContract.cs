using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Vetrina.IntegrationTests;

/// <summary>The shopping feeds: well-formed, every item with every field Google and Meta ask for, per market and language.</summary>
public abstract partial class ProductFeedContract(AppFixture fixture)
{
    private static readonly XNamespace G = "http://base.google.com/ns/1.0";

    private static readonly string[] Required =
        ["id", "image_link", "availability", "price", "brand", "condition", "item_group_id", "color", "size", "size_system", "gender", "age_group", "material"];

    private static readonly string[] Plain = ["title", "description", "link"];

    private static readonly string[] Availabilities = ["in_stock", "out_of_stock", "preorder", "backorder"];

    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task TheGoogleMerchantFeed_IsWellFormedRss_WithEveryRequiredFieldOnEveryItem_InTheMarketsCurrencyAndLanguage()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/feeds/google-merchant.xml?market=KR&language=ko");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);

        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", feed.Root!.Attribute("version")!.Value);
        var items = feed.Root.Element("channel")!.Elements("item").ToList();
        Assert.True(items.Count > 100, $"{items.Count} items");
        foreach (var item in items)
        {
            Assert.All(Required, field => Assert.False(string.IsNullOrWhiteSpace(item.Element(G + field)?.Value), $"{item.Element(G + "id")?.Value} has no {field}"));
            Assert.All(Plain, field => Assert.False(string.IsNullOrWhiteSpace(item.Element(field)?.Value)));
            Assert.Matches(KrwPrice(), item.Element(G + "price")!.Value);
            Assert.Contains(item.Element(G + "availability")!.Value, Availabilities);
            Assert.StartsWith("http://localhost/ko/products/", item.Element("link")!.Value, StringComparison.Ordinal);
        }

        Assert.Equal(items.Count, items.Select(i => i.Element(G + "id")!.Value).Distinct().Count());
        Assert.Contains(items, i => i.Element(G + "availability")!.Value == "preorder");
        Assert.Contains(items, i => Hangul().IsMatch(i.Element("title")!.Value));
        // Styles on markdown carry the reduced price as the sale price.
        var italy = XDocument.Parse(await client.GetStringAsync("/feeds/google-merchant.xml?market=IT"));
        Assert.Contains(italy.Descendants("item"), i => i.Element(G + "sale_price") is { } sale && sale.Value.EndsWith(" EUR", StringComparison.Ordinal));
        // Every sale price says when it applies: an ISO 8601 interval from the markdown's start.
        Assert.All(italy.Descendants("item").Where(i => i.Element(G + "sale_price") is not null),
            i => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+0000/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+0000$", i.Element(G + "sale_price_effective_date")!.Value));
    }

    [Fact]
    public async Task TheMetaCatalog_ListsTheSameItems_InMetasColumnsAndWords_AndAnUnknownMarketIsAProblem()
    {
        using var client = app.CreateClient();
        var google = XDocument.Parse(await client.GetStringAsync("/feeds/google-merchant.xml?market=IT&language=it")).Descendants("item").Count();
        var lines = (await client.GetStringAsync("/feeds/meta-catalog.csv?market=IT&language=it")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("id,title,description,availability,condition,price,link,image_link,brand,item_group_id,color,size,gender,age_group,material,sale_price,sale_price_effective_date,gtin",
            lines[0].TrimEnd('\r').TrimStart('\uFEFF'));
        Assert.Equal(google, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(",in stock,new,", StringComparison.Ordinal));

        var unknown = await client.GetAsync("/feeds/meta-catalog.csv?market=XX");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }

    [GeneratedRegex(@"^\d+ KRW$")]
    private static partial Regex KrwPrice();

    [GeneratedRegex(@"\p{IsHangulSyllables}")]
    private static partial Regex Hangul();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteProductFeedTests(SqliteAppFixture fixture) : ProductFeedContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlProductFeedTests(PostgresAppFixture fixture) : ProductFeedContract(fixture);
