using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Domain;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.IntegrationTests;

/// <summary>Catalogue CSV export and import: Shopify's columns accepted, all or nothing, every error reported with its line.</summary>
public abstract partial class CatalogImportContract(AppFixture fixture)
{
    private const string ShopifyHeader =
        "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,"
        + "Variant SKU,Variant Grams,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Fulfillment Service,"
        + "Variant Price,Variant Compare At Price,Variant Requires Shipping,Variant Taxable,Variant Barcode,Image Src,Image Position,Image Alt Text,"
        + "Gift Card,SEO Title,SEO Description,Status,Composition,Country of Origin,Title (it),Title (ko)";

    private readonly VetrinaApp app = fixture.App;

    private Task<StaffSession> AdminAsync() => StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);

    [Fact]
    public async Task Export_ThenImportTheSameFile_ChangesNothing()
    {
        var admin = await AdminAsync();
        var export = await admin.Client.GetAsync("/admin/catalog/export.csv");
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        var styles = await app.WithDbAsync(db => db.Set<Style>().CountAsync());
        var skus = await app.WithDbAsync(db => db.Set<Sku>().CountAsync());
        Assert.True(csv.Split('\n').Length > skus, "one line per SKU");

        var report = await ImportAsync(admin, csv);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var html = await report.Content.ReadAsStringAsync();
        Assert.Contains("<strong id=\"created\">0</strong> styles created, <strong id=\"updated\">0</strong> updated", html, StringComparison.Ordinal);
        Assert.Equal(styles, await app.WithDbAsync(db => db.Set<Style>().CountAsync()));
    }

    [Fact]
    public async Task ShopifyExport_CreatesStyles_WithMarkdownFromCompareAtPrice_ShownInTheShop()
    {
        var admin = await AdminAsync();
        var id = Guid.NewGuid().ToString("N")[..6];
        var (g1, g2, g3) = (NewGtin(), NewGtin(), NewGtin());
        var csv = string.Join('\n',
            ShopifyHeader,
            $"shopify-scarf-{id},Shopify scarf {id},<p>A <strong>soft</strong> scarf.</p>,Brand,,scarves,,true,Color,Navy,Size,OS,SC-{id}-N,100,shopify,5,deny,manual,120.00,150.00,true,true,{g1},/media/logo.svg,1,,false,,,active,100% wool,IT,Sciarpa {id},스카프 {id}",
            $"shopify-scarf-{id},,,,,,,,,Camel,,OS,SC-{id}-C,100,shopify,5,deny,manual,120.00,150.00,true,true,{g2},,,,,,,,,,,",
            $"shopify-tee-{id},Shopify tee {id},Cotton tee,Brand,,men-tshirts,,true,Color,Black,Size,M,TE-{id}-M,200,shopify,5,deny,manual,45.00,,true,true,{g3},,,,false,,,draft,100% cotton,PT,,");

        var response = await ImportAsync(admin, csv);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("<strong id=\"created\">2</strong> styles created", html, StringComparison.Ordinal);

        var scarf = await app.WithDbAsync(db => db.Set<Style>().Include(s => s.Prices).Include(s => s.Colourways).ThenInclude(c => c.Images)
            .SingleAsync(s => s.Code == $"SHOPIFY-SCARF-{id.ToUpperInvariant()}"));
        Assert.Equal(Lifecycle.Markdown, scarf.Lifecycle);
        Assert.Equal("A soft scarf.", scarf.Description.En);
        Assert.Equal(["NAVY", "CAMEL"], scarf.Colourways.Select(c => c.Code));
        Assert.Equal("Shopify scarf {id}, Navy".Replace("{id}", id, StringComparison.Ordinal), scarf.Colourways[0].Images[0].Alt.En);
        var it = scarf.Prices.Single(p => p.Market == "IT");
        Assert.Equal((15000L, 12000L), (it.FullAmount, it.MarkdownAmount!.Value));
        var tee = await app.WithDbAsync(db => db.Set<Style>().SingleAsync(s => s.Code == $"SHOPIFY-TEE-{id.ToUpperInvariant()}"));
        Assert.Equal(Lifecycle.Draft, tee.Lifecycle);

        var page = await app.CreateClient().GetStringAsync($"/it/products/{Slug.From($"Sciarpa {id}")}");
        Assert.Matches(@"120,00\s€", WebUtility.HtmlDecode(page));
        Assert.Matches(@"150,00\s€", WebUtility.HtmlDecode(page));

        var again = await ImportAsync(admin, csv.Replace("120.00,150.00", "110.00,150.00", StringComparison.Ordinal));
        Assert.Contains("<strong id=\"created\">0</strong> styles created, <strong id=\"updated\">1</strong> updated, 1 unchanged",
            await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(11000, await app.WithDbAsync(db => db.Set<StylePrice>().Where(p => p.Market == "IT" && p.StyleId == scarf.Id).Select(p => p.MarkdownAmount).SingleAsync()));
    }

    [Fact]
    public async Task BadFile_IsRejectedWhole_WithAnErrorPerLine()
    {
        var admin = await AdminAsync();
        var id = Guid.NewGuid().ToString("N")[..6];
        var existingGtin = await app.WithDbAsync(db => db.Set<Sku>().Select(s => s.Gtin).FirstAsync());
        var (g1, g2) = (NewGtin(), NewGtin());
        var csv = string.Join('\n',
            ShopifyHeader,
            /* 2: fine */ $"good-{id},Good {id},,,,men-tshirts,,,Color,Black,Size,M,,,,,,,45.00,,,,{g1},,,,,,,active,100% cotton,IT,,",
            /* 3: duplicate size */ $"good-{id},,,,,,,,,Black,,M,,,,,,,45.00,,,,{g2},,,,,,,,,,,",
            /* 4: bad price, unknown size */ $"bad-{id},Bad {id},,,,men-tshirts,,,Color,Red,Size,XXXL,,,,,,,12.345,,,,{NewGtin()},,,,,,,active,100% cotton,IT,,",
            /* 5: GTIN repeats line 2 */ $"bad-{id},,,,,,,,,Red,,S,,,,,,,12.00,,,,{g1},,,,,,,,,,,",
            /* 6: composition, origin, GTIN of another SKU */ $"worse-{id},Worse {id},,,,men-tshirts,,,Color,Blue,Size,S,,,,,,,10.00,,,,{existingGtin},,,,,,,active,70% wool,Italy,,",
            /* 7: unknown category, bad check digit */ $"odd-{id},Odd {id},,,,spaceships,,,Color,Blue,Size,S,,,,,,,10.00,,,,4006381333932,,,,,,,active,100% wool,IT,,");

        var styles = await app.WithDbAsync(db => db.Set<Style>().CountAsync());
        var response = await ImportAsync(admin, csv);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = ErrorRows().Matches(await response.Content.ReadAsStringAsync())
            .Select(m => (Line: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Column: m.Groups[2].Value, Message: WebUtility.HtmlDecode(m.Groups[3].Value)))
            .ToList();
        Assert.Contains(errors, e => e.Line == 3 && e.Message.StartsWith("Duplicate SKU: colour BLACK in size M is already on line 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 4 && e.Column == "Variant Price" && e.Message.Contains("at most 2 decimals", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 4 && e.Message.StartsWith("Unknown size 'XXXL'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 5 && e.Message == $"Duplicate GTIN {g1}: already on line 2.");
        Assert.Contains(errors, e => e.Line == 6 && e.Column == "Composition" && e.Message.Contains("add up to 70%", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 6 && e.Column == "Country of Origin");
        Assert.Contains(errors, e => e.Line == 6 && e.Column == "Variant Barcode" && e.Message.StartsWith($"GTIN {existingGtin} already belongs to SKU", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 7 && e.Message.StartsWith("Unknown category 'spaceships'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 7 && e.Message.StartsWith("'4006381333932' is not a valid GTIN", StringComparison.Ordinal));
        Assert.Equal(styles, await app.WithDbAsync(db => db.Set<Style>().CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.Set<Style>().AnyAsync(s => s.Code == $"GOOD-{id.ToUpperInvariant()}")));
    }

    [Theory]
    [InlineData("", "Choose a CSV file to import.")]
    [InlineData("\n\n", "The file is empty.")]
    [InlineData("Handle,Title,Varient Price,Variant Barcode\nx,y,1,2", "Unknown column &#x27;Varient Price&#x27;")]
    [InlineData("Handle,Title\nx,y", "The column &#x27;Variant Barcode&#x27; is missing")]
    [InlineData("Handle,Title,Variant Barcode\nx,\"unclosed,1\ny,z,2", "This line has 2 fields; the header has 3.")]
    [InlineData("Handle,Title,Variant Barcode\nx,y", "This line has 2 fields; the header has 3.")]
    public async Task MalformedFiles_GetAClearMessage(string csv, string message)
    {
        var response = await ImportAsync(await AdminAsync(), csv);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> ImportAsync(StaffSession admin, string csv) =>
        admin.UploadAsync("/admin/catalog/import", "Upload", "catalogue.csv", csv, new() { ["Market"] = "IT" });

    private static string NewGtin() => Gtin.Complete($"20{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}");

    [GeneratedRegex("<tr><td class=\"num\">([0-9]+)</td><td>([^<]*)</td><td>([^<]*)</td></tr>")]
    private static partial Regex ErrorRows();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCatalogImportTests(SqliteAppFixture fixture) : CatalogImportContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCatalogImportTests(PostgresAppFixture fixture) : CatalogImportContract(fixture);
