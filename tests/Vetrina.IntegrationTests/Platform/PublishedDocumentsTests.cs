using System.Xml.Linq;

namespace Vetrina.IntegrationTests;

/// <summary>The documents others read by machine pass the validators they are checked with: Redocly, the sitemaps.org schema.</summary>
[Collection(SqliteCollection.Name)]
public sealed class PublishedDocumentsTests(SqliteAppFixture fixture) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("vetrina-docs-").FullName;

    [Fact]
    public async Task OpenApiDocument_PassesRedoclysRecommendedRules()
    {
        var redocly = ExternalTools.RequireTool("node_modules/.bin/redocly");
        var file = Path.Combine(directory, "openapi.json");
        var document = await fixture.App.CreateClient().GetStringAsync("/openapi/v1.json");
        await File.WriteAllTextAsync(file, document);
        // The collector's body and a server's api_secret are described for whoever integrates with it.
        var collect = System.Text.Json.JsonDocument.Parse(document).RootElement.GetProperty("paths").GetProperty("/t/collect").GetProperty("post");
        Assert.Contains(collect.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "api_secret");
        Assert.True(collect.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/plain", out _));

        var (exitCode, output) = await ExternalTools.RunAsync(redocly, $"lint \"{file}\" --format=stylish", ExternalTools.ValidateDirectory,
            new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["NO_COLOR"] = "1" });
        Assert.True(exitCode == 0, output);
        Assert.Contains("Your API description is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemaps_AreValidAgainstTheSitemapsOrgSchema()
    {
        ExternalTools.RequireTool("node_modules/sitemap/schema/sitemap.xsd");
        var client = fixture.App.CreateClient();
        var index = await client.GetStringAsync("/sitemap.xml");
        var indexFile = Path.Combine(directory, "sitemap.xml");
        await File.WriteAllTextAsync(indexFile, index);
        await ValidateAsync("siteindex.xsd", indexFile);

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        foreach (var location in XDocument.Parse(index).Descendants(ns + "loc").Select(l => new Uri(l.Value)))
        {
            var file = Path.Combine(directory, Path.GetFileName(location.AbsolutePath));
            await File.WriteAllTextAsync(file, await client.GetStringAsync(location.PathAndQuery));
            await ValidateAsync("sitemap-hreflang.xsd", file);
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task ValidateAsync(string schema, string file)
    {
        var (exitCode, output) = await ExternalTools.RunAsync("xmllint", $"--nonet --noout --schema {schema} \"{file}\"", ExternalTools.ValidateDirectory);
        Assert.True(exitCode == 0, output);
        Assert.Contains("validates", output, StringComparison.Ordinal);
    }
}
