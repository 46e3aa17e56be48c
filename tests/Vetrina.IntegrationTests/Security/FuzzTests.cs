using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vetrina.IntegrationTests;

/// <summary>An app of the fuzzer's own: what its posts do (as an administrator) touches no other test's data.</summary>
public sealed class FuzzAppFixture : SqliteAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        // One client sends thousands of requests; the limits would answer most of them 429 before they reach any code.
        ["Vetrina:RateLimits:Enabled"] = "false",
    };
}

/// <summary>
/// The project's own fuzzer, bounded by request count and seeded (a failure replays exactly): every operation of the
/// OpenAPI document and every form the shop and the back office render, sent malformed JSON, values of the wrong
/// type, extreme numbers, huge strings, Unicode edge cases, and files whose names climb out of folders and whose
/// content lies about their type. Whatever it sends, no answer may be a server error: bad input gets a 4xx that says
/// what was wrong.
/// </summary>
public sealed partial class FuzzTests(FuzzAppFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<FuzzAppFixture>
{
    private const int Seed = 20261207;
    private const int CallsPerOperation = 16;
    private const int PostsPerForm = 6;
    private const int MostPages = 250;

    private readonly VetrinaApp app = fixture.App;
    private readonly NastyValues nasty = new(Seed);
    private readonly List<string> failures = [];
    private readonly SortedDictionary<int, int> answers = [];

    [Fact]
    public async Task EveryApiOperation_GivenGarbage_AnswersWithoutAServerError()
    {
        var api = await StaffSession.ApiClientAsync(app, "admin");
        using var document = JsonDocument.Parse(await api.GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").TryGetProperty("schemas", out var s) ? s : default;
        var operations = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var parameters = Parameters(path.Value).Concat(Parameters(operation.Value)).ToList();
                for (var call = 0; call < CallsPerOperation; call++)
                {
                    var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), Target(path.Name, parameters, call));
                    if (call % 4 == 3)
                    {
                        var key = nasty.AnyString();
                        request.Headers.TryAddWithoutValidation("Idempotency-Key", key[..Math.Min(300, key.Length)]);
                    }

                    if (operation.Value.TryGetProperty("requestBody", out var body))
                    {
                        request.Content = Body(body, schemas, call);
                    }

                    await SendAsync(api, request, $"{operation.Name.ToUpperInvariant()} {path.Name} #{call}");
                }
            }
        }

        output.WriteLine($"{operations} operations; answers: {string.Join(", ", answers.Select(a => $"{a.Key}×{a.Value}"))}");
        Assert.True(operations > 40, $"only {operations} operations in the OpenAPI document");
        Assert.True(failures.Count == 0, $"{failures.Count} server errors:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryFormOfTheShopAndTheBackOffice_GivenGarbage_AnswersWithoutAServerError()
    {
        var customer = new StaffSession(app);
        Assert.Equal(HttpStatusCode.Redirect, (await customer.SubmitAsync("/it/account/register", null,
            new() { ["Email"] = $"fuzz.{Guid.NewGuid():N}@example.com", ["Password"] = "a long enough password" })).StatusCode);
        var (sku, _) = await app.SkuWithUnitsAsync(50, pick: 3);
        await customer.Client.PostAsync("/it/cart?handler=Add", new FormUrlEncodedContent([new("sku", sku), new("quantity", "1")]));
        var admin = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, "admin"), "a long test password");

        var deferred = new List<(string Target, List<(string Name, string Tag)> Fields, string Page)>();
        var forms = await FuzzFormsAsync(customer, ["/it", "/it/account", "/it/cart", "/it/checkout", "/it/pages/contact", "/it/withdrawal", "/it/returns", "/it/newsletter"], deferred);
        forms += await FuzzFormsAsync(admin, ["/admin"], deferred);
        // A form that signed the fuzzer out would have hidden every form after it: the ones that can (the staff
        // member's own account, staff accounts) come last.
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/admin/webhooks")).StatusCode);
        foreach (var (target, fields, page) in deferred)
        {
            await PostGarbageAsync(admin.Client, target, fields, page);
        }

        output.WriteLine($"{forms} forms; answers: {string.Join(", ", answers.Select(a => $"{a.Key}×{a.Value}"))}");
        Assert.True(forms > 40, $"only {forms} forms found");
        Assert.True(failures.Count == 0, $"{failures.Count} server errors:\n" + string.Join('\n', failures));
    }

    private static List<JsonElement> Parameters(JsonElement owner) =>
        owner.TryGetProperty("parameters", out var list) ? [.. list.EnumerateArray()] : [];

    /// <summary>The path with its parameters filled (the first call with plain values, the rest with nasty ones), and nasty query values.</summary>
    private string Target(string template, List<JsonElement> parameters, int call)
    {
        var path = template;
        var query = new List<string>();
        foreach (var parameter in parameters)
        {
            var name = parameter.GetProperty("name").GetString()!;
            var value = call == 0 ? Plain(parameter) : nasty.AnyString();
            switch (parameter.GetProperty("in").GetString())
            {
                case "path":
                    // A NUL in a path never reaches the app (Kestrel refuses the request line); the test server would throw instead.
                    value = value.Replace("\0", string.Empty, StringComparison.Ordinal);
                    path = path.Replace("{" + name + "}", Uri.EscapeDataString(value.Length > 2_000 ? value[..2_000] : value), StringComparison.Ordinal);
                    break;
                case "query" when call % 3 != 1:
                    query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value.Length > 2_000 ? value[..2_000] : value)}");
                    break;
            }
        }

        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private static string Plain(JsonElement parameter) =>
        parameter.TryGetProperty("schema", out var schema) && schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString() switch { "integer" or "number" => "1", "boolean" => "true", _ => "IT" }
            : "IT";

    /// <summary>
    /// A body of the type the operation accepts: for JSON, a third of the calls broken JSON, the rest an object with
    /// the schema's properties set to values of any type; for files, a lying file; for anything else, garbage text.
    /// </summary>
    private HttpContent Body(JsonElement body, JsonElement schemas, int call)
    {
        var content = body.GetProperty("content").EnumerateObject().First();
        if (content.Name.Contains("multipart", StringComparison.Ordinal))
        {
            var (name, bytes) = nasty.AnyFile();
            return new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name }, { new StringContent(nasty.AnyString()), "network" } };
        }

        if (!content.Name.Contains("json", StringComparison.Ordinal))
        {
            return new StringContent(call % 2 == 0 ? nasty.AnyString() : nasty.AnyBrokenBody(), Encoding.UTF8, content.Name);
        }

        if (call % 3 == 0)
        {
            return new StringContent(nasty.AnyBrokenBody(), Encoding.UTF8, "application/json");
        }

        var properties = Properties(content.Value.TryGetProperty("schema", out var schema) ? schema : default, schemas);
        var json = "{" + string.Join(',', properties.Select(p => $"{JsonSerializer.Serialize(p)}:{nasty.AnyJson()}")) + "}";
        return new StringContent(json, Encoding.UTF8, "application/json");
    }

    private static List<string> Properties(JsonElement schema, JsonElement schemas)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (schema.TryGetProperty("$ref", out var reference) && schemas.ValueKind == JsonValueKind.Object
            && schemas.TryGetProperty(reference.GetString()!.Split('/')[^1], out var resolved))
        {
            schema = resolved;
        }

        return schema.TryGetProperty("properties", out var properties) ? [.. properties.EnumerateObject().Select(p => p.Name)] : [];
    }

    /// <summary>Crawls a session's pages from the given ones and posts garbage to each form found once; returns how many forms.</summary>
    private async Task<int> FuzzFormsAsync(StaffSession session, string[] start, List<(string Target, List<(string Name, string Tag)> Fields, string Page)> deferred)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var pages = 0;
        var forms = 0;
        while (queue.TryDequeue(out var page) && pages < MostPages)
        {
            using var response = await session.Client.GetAsync(page);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            pages++;
            var html = await response.Content.ReadAsStringAsync();
            foreach (var path in PageLinks.Of(html).Where(path => seen.Add(Digits().Replace(path.Split('?')[0], "#"))))
            {
                queue.Enqueue(path);
            }

            foreach (var form in Form().Matches(html).Select(m => m.Value))
            {
                var action = WebUtility.HtmlDecode(Attribute(form, "action") ?? page);
                var fields = Field().Matches(form).Select(f => (Name: WebUtility.HtmlDecode(f.Groups[2].Value), Tag: f.Value)).ToList();
                if (!string.Equals(Attribute(form, "method"), "post", StringComparison.OrdinalIgnoreCase)
                    || action.Contains("sign-out", StringComparison.Ordinal)
                    || !shapes.Add(Digits().Replace(action, "#") + "|" + string.Join(',', fields.Select(f => f.Name).Distinct())))
                {
                    continue;
                }

                forms++;
                foreach (var target in Targets(form, action))
                {
                    if (target.StartsWith("/admin/account", StringComparison.Ordinal) || target.StartsWith("/admin/staff", StringComparison.Ordinal))
                    {
                        deferred.Add((target, fields, page));
                        continue;
                    }

                    await PostGarbageAsync(session.Client, target, fields, page);
                }
            }
        }

        return forms;
    }

    private async Task PostGarbageAsync(HttpClient client, string target, List<(string Name, string Tag)> fields, string page)
    {
        for (var post = 0; post < PostsPerForm; post++)
        {
            await SendAsync(client, new HttpRequestMessage(HttpMethod.Post, target) { Content = Garbage(fields, post) }, $"form {target} (from {page}) #{post}");
        }
    }

    /// <summary>The form's action and each submit button's own (formaction).</summary>
    private static IEnumerable<string> Targets(string form, string action) =>
        new[] { action }.Concat(FormAction().Matches(form).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))).Distinct().Take(4);

    /// <summary>
    /// The form's fields with the page's own values (its antiforgery token among them), the first post with every field
    /// garbage, each later one with one field garbage; file fields always get a lying file.
    /// </summary>
    private MultipartFormDataContent Garbage(List<(string Name, string Tag)> fields, int post)
    {
        var content = new MultipartFormDataContent();
        var victim = fields.Count == 0 ? -1 : nasty.Next(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var (name, tag) = fields[i];
            if (tag.Contains("type=\"file\"", StringComparison.Ordinal))
            {
                var (file, bytes) = nasty.AnyFile();
                var part = new ByteArrayContent(bytes);
                part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
                content.Add(part, name, file);
                continue;
            }

            var value = WebUtility.HtmlDecode(Attribute(tag, "value") ?? string.Empty);
            var garbage = name != "__RequestVerificationToken" && (post == 0 || i == victim);
            content.Add(new StringContent(garbage ? nasty.AnyString() : value), name);
        }

        return content;
    }

    private async Task SendAsync(HttpClient client, HttpRequestMessage request, string what)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            answers[(int)response.StatusCode] = answers.GetValueOrDefault((int)response.StatusCode) + 1;
            if ((int)response.StatusCode >= 500)
            {
                var text = await response.Content.ReadAsStringAsync();
                failures.Add($"{what}: {(int)response.StatusCode} {text[..Math.Min(200, text.Length)].ReplaceLineEndings(" ")}");
            }
        }
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag[..(tag.IndexOf('>', StringComparison.Ordinal) + 1)], $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*\\sname=\"([^\"]+)\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex("formaction=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    /// <summary>A path segment with a digit in it is an id or a code: pages that differ only there are one page to the fuzzer.</summary>
    [GeneratedRegex("[^/?&=]*\\d[^/?&=]*")]
    private static partial Regex Digits();
}
