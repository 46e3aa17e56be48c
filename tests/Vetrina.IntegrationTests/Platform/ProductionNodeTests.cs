using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vetrina.IntegrationTests;

/// <summary>A production node as an operator starts it: from a folder of its own, settings in the environment only.</summary>
public sealed class ProductionNodeTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("vetrina-node-").FullName;

    [Fact]
    public async Task StartedFromAnotherFolder_TheNodeReadsItsOwnSettings_SetsSecureCookiesBehindTls_DrainsWhenStopped_AndLogsJsonLinesWithTheirTime()
    {
        using var node = await AppProcess.StartAsync(Loopback.FreePort(), directory, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Vetrina"] = $"Data Source={Path.Combine(directory, "node.db")}",
            ["Vetrina__Admin__Email"] = VetrinaApp.AdminEmail,
            ["Vetrina__Admin__Password"] = VetrinaApp.AdminPassword,
            ["Vetrina__Node__DrainDelay"] = "00:00:03",
        });
        // nginx on the same machine terminates TLS and says so: the sign-in's cookies are then Secure, and only then.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = node.Address };
        var plain = await http.GetAsync("/admin/sign-in");
        Assert.DoesNotContain(plain.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        var form = await http.SendAsync(BehindTls(HttpMethod.Get, "/admin/sign-in"));
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        var token = Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = BehindTls(HttpMethod.Post, "/admin/sign-in");
        signIn.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        signIn.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = VetrinaApp.AdminEmail, ["Password"] = VetrinaApp.AdminPassword, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        var signedIn = await http.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Vetrina.Admin.Staff.StaffCookieManager.Name + "=", StringComparison.Ordinal)
            && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));

        // Stopped as systemd stops it: not ready at once, still serving while the load balancer takes it out, then gone.
        node.Terminate();
        var until = DateTime.UtcNow.AddSeconds(3);
        HttpResponseMessage ready;
        while ((ready = await http.GetAsync("/readyz")).StatusCode != HttpStatusCode.ServiceUnavailable)
        {
            Assert.True(DateTime.UtcNow < until, "still ready after SIGTERM");
        }

        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The node is stopping.", report.GetProperty("checks").GetProperty("node").GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/en")).StatusCode);
        Assert.Equal(0, await node.ExitCodeAsync(TimeSpan.FromSeconds(30)));

        // JSON lines are appsettings.Production.json's doing, found in the app's folder, not the working directory.
        var lines = node.Output.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(DateTimeOffset.TryParse(l.GetProperty("Timestamp").GetString(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var at) && at.Offset == TimeSpan.Zero, l.ToString()));
        Assert.Contains(lines, l => l.GetProperty("Category").GetString() == "Vetrina.Database");
    }

    private static HttpRequestMessage BehindTls(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return request;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
