using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>The catalogue write API: staff API tokens, validation as problem details, If-Match, audit.</summary>
public abstract partial class CatalogWriteApiContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task WithoutAToken_WritesAre401_AndATokenOfAReadOnlyRoleIs403()
    {
        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/v1/styles", new { code = "X-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Bearer", anonymous.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        var marketing = await ClientWithTokenAsync(StaffRoles.MarketingManager);
        Assert.Equal(HttpStatusCode.Forbidden, (await marketing.PostAsJsonAsync("/api/v1/styles", new { code = "X-1" })).StatusCode);

        var forged = app.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "vtr_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/catalog/export")).StatusCode);
    }

    [Fact]
    public async Task AToken_CreatesPricesAndPublishesAStyle_WithTheAuditNamingTheToken()
    {
        var client = await ClientWithTokenAsync(StaffRoles.EcommerceManager, "ERP sync");
        var code = $"API-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";
        var created = await client.PostAsJsonAsync("/api/v1/styles", new
        {
            code,
            name = new { en = $"API wool scarf {code}", it = $"Sciarpa API {code}" },
            description = new { en = "Made through the API." },
            care = new { en = "Dry clean." },
            category = "scarves",
            season = "CO",
            countryOfOrigin = "it",
            composition = "100% wool",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/admin/styles/{code}", created.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/styles/{code}/colourways",
            new { code = "GRY", name = new { en = "Grey" }, family = "Grey", hex = "#8C8C8C" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/styles/{code}/colourways/GRY/skus",
            new { size = "OS", gtin = Gtin.Complete($"21{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}") })).StatusCode);
        foreach (var (market, full) in new[] { ("IT", 79m), ("KR", 119000m), ("INTL", 89m) })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/styles/{code}/prices/{market}", new { full })).StatusCode);
        }

        var published = await client.PutAsJsonAsync($"/api/v1/styles/{code}/lifecycle", new { stage = "NewIn" });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var record = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NewIn", record.GetProperty("lifecycle").GetString());

        var shop = await app.CreateClient().GetAsync($"/api/v1/styles/{code}?lang=ko&market=KR");
        Assert.Equal(HttpStatusCode.OK, shop.StatusCode);
        Assert.Contains("₩119,000", await shop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("api-token:ERP sync", await app.WithDbAsync(db => db.AuditLog.Where(a => a.Subject == $"style:{code}").Select(a => a.Actor).Distinct().ToListAsync()));
    }

    [Fact]
    public async Task BadBodies_AreProblemDetails_NeverA500()
    {
        var client = await ClientWithTokenAsync(StaffRoles.EcommerceManager);
        var missing = await client.PostAsJsonAsync("/api/v1/styles", new { code = "has spaces", composition = "90% wool" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "code", "name", "description", "care", "category", "season", "countryOfOrigin", "composition" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var malformed = await client.PostAsync("/api/v1/styles", new StringContent("{\"code\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType!.MediaType);

        var code = await app.WithDbAsync(db => db.Set<Catalog.Domain.Style>().OrderBy(s => s.Code).Select(s => s.Code).FirstAsync());
        var krw = await client.PutAsJsonAsync($"/api/v1/styles/{code}/prices/KR", new { full = 1000.5m });
        Assert.Equal(HttpStatusCode.BadRequest, krw.StatusCode);
        Assert.Contains("whole number", await krw.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknownStage = await client.PutAsJsonAsync($"/api/v1/styles/{code}/lifecycle", new { stage = "Sold out" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownStage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/v1/styles/NOPE-0/lifecycle", new { stage = "Markdown" })).StatusCode);

        var record = await client.GetAsync($"/api/v1/admin/styles/{code}");
        var etag = record.Headers.ETag!.Tag;
        var stale = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/styles/{code}") { Content = JsonContent.Create(new { countryOfOrigin = "PT" }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{int.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture) - 1}\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);

        var csv = await client.PostAsync("/api/v1/catalog/import?market=IT", new StringContent("Handle,Title,Variant Barcode\nx,y,123", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, csv.StatusCode);
        var problem = await csv.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, problem.GetProperty("errors")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task RevokedToken_StopsWorking()
    {
        var admin = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        var (client, name) = await IssueAsync(admin, StaffRoles.EcommerceManager, $"temp-{Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/catalog/export")).StatusCode);
        var id = await app.WithDbAsync(db => db.Set<Admin.ApiTokens.ApiToken>().Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
        await admin.SubmitAsync("/admin/api-tokens", "Revoke", new() { ["id"] = $"{id}" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/catalog/export")).StatusCode);
    }

    private async Task<HttpClient> ClientWithTokenAsync(string role, string? name = null)
    {
        var admin = await StaffSession.SignInAsync(app, VetrinaApp.AdminEmail, VetrinaApp.AdminPassword);
        return (await IssueAsync(admin, role, name ?? $"{role}-{Guid.NewGuid():N}")).Client;
    }

    private async Task<(HttpClient Client, string Name)> IssueAsync(StaffSession admin, string role, string name)
    {
        var page = await admin.SubmitAsync("/admin/api-tokens", "Create", new() { ["Name"] = name, ["Role"] = role, ["ExpiresInDays"] = "30" });
        var secret = Secret().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("vtr_", secret, StringComparison.Ordinal);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return (client, name);
    }

    [GeneratedRegex("<code id=\"token-secret\">([^<]+)</code>")]
    private static partial Regex Secret();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCatalogWriteApiTests(SqliteAppFixture fixture) : CatalogWriteApiContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCatalogWriteApiTests(PostgresAppFixture fixture) : CatalogWriteApiContract(fixture);
