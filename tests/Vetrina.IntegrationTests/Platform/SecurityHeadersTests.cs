using System.Text.RegularExpressions;

namespace Vetrina.IntegrationTests;

/// <summary>
/// Every page the shop and the back office link to, walked from the home pages and the dashboard as a signed-in admin:
/// each answers with the security headers, and a page runs no script or style the policy does not name by its nonce.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed partial class SecurityHeadersTests(SqliteAppFixture fixture)
{
    private const int MostPages = 400;
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task EveryLinkedPage_CarriesTheHeaders_AndRunsOnlyNoncedScriptsAndStyles()
    {
        var staff = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "admin"), "a long test password");
        // The Italian home page twice: the second comes from the output cache, its policy with it.
        var queue = new Queue<string>(["/it", "/it", "/ko", "/en", "/admin", "/it/pages/contact", "/en/no-such-page"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedPages = 0;
        while (queue.TryDequeue(out var path) && checkedPages < MostPages)
        {
            using var response = await staff.Client.GetAsync(path);
            AssertHeaders(response, path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            checkedPages++;
            var html = await response.Content.ReadAsStringAsync();
            var nonce = Nonce().Match(response.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(nonce), path);
            // Data blocks (JSON-LD, chart data) are never run, so the policy does not apply to them.
            foreach (var tag in ScriptOrStyle().Matches(html).Where(t => !DataBlock().IsMatch(t.Value)))
            {
                Assert.True(tag.Value.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal), $"{path}: {tag.Value} has not this request's nonce");
            }

            Assert.False(InlineHandler().IsMatch(html), $"{path}: an inline event handler ({InlineHandler().Match(html).Value})");
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            foreach (var link in PageLinks.Of(html))
            {
                if (Follow(link, seen, shapes))
                {
                    queue.Enqueue(link);
                }
            }
        }

        // Storefront, account, help pages and every back-office section were reached.
        Assert.True(checkedPages > 100, $"only {checkedPages} pages reached");
        using var api = await staff.Client.GetAsync("/api/v1/styles");
        AssertHeaders(api, "/api/v1/styles");
    }

    [Fact]
    public async Task Hsts_IsSentOverHttps_ButNeverToLocalhost()
    {
        using var shop = app.CreateClient(new() { BaseAddress = new Uri("https://shop.example.test") });
        using var local = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var overTls = await shop.GetAsync("/it");
        var onLocalhost = await local.GetAsync("/it");

        Assert.Equal("max-age=31536000", overTls.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(onLocalhost.Headers.Contains("Strict-Transport-Security"));
    }

    private static void AssertHeaders(HttpResponseMessage response, string path)
    {
        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[^']+';", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Each shape of page once (digits stand for any id) and at most six of a section (a product or a collection stands
    /// for the others).
    /// </summary>
    private static bool Follow(string path, HashSet<string> seen, Dictionary<string, int> shapes)
    {
        var shape = Digits().Replace(path.Split('?')[0], "#");
        if (!seen.Add(shape))
        {
            return false;
        }

        var section = string.Join('/', shape.Split('/').Take(3));
        shapes[section] = shapes.GetValueOrDefault(section) + 1;
        return shapes[section] <= 6;
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<(?:script|style)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("type=\"application/[a-z+]*json\"")]
    private static partial Regex DataBlock();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex("\\d+")]
    private static partial Regex Digits();
}
