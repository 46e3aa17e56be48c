using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;

namespace Vetrina.IntegrationTests;

/// <summary>
/// With a certificate configured, the data-protection keys reach the database encrypted: a copy of the database holds
/// no key that could forge a sign-in cookie, and another node given the same certificate reads the keys and the cookie.
/// </summary>
public sealed class KeyEncryptionTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("vetrina-keys-").FullName;
    private Dictionary<string, string> settings = [];

    private string Database => $"Data Source={Path.Combine(directory, "shop.db")}";

    public Task InitializeAsync()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Vetrina data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(Path.Combine(directory, "keys.pfx"), certificate.Export(X509ContentType.Pfx, "test password"));
        settings = new()
        {
            ["Vetrina:DataProtection:Certificate:Path"] = Path.Combine(directory, "keys.pfx"),
            ["Vetrina:DataProtection:Certificate:Password"] = "test password",
            // Keys and cookies need no catalogue: two app starts without the demo's seed.
            ["Vetrina:Seed:Demo"] = "false",
        };
        return Task.CompletedTask;
    }

    [Fact]
    public async Task KeysAreStoredEncrypted_AndANodeWithTheSameCertificate_ReadsWhatTheyProtect()
    {
        await using var first = new VetrinaApp(DatabaseProvider.Sqlite, Database, settings);
        using var one = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var form = await one.GetAsync("/en/account/register");
        var cookies = Cookies(form);
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

        var stored = await first.WithDbAsync(db => db.Set<DataProtectionKey>().Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });

        // The form's antiforgery token, protected by the first node, is read by a second one that has the certificate
        // (and so the keys); the sign-in cookie it sets is read back by the first.
        await using var second = new VetrinaApp(DatabaseProvider.Sqlite, Database, settings);
        using var two = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var email = $"chiavi.{Guid.NewGuid():N}@example.com";
        var registered = await two.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/en/account/register")
        {
            Headers = { { "Cookie", cookies } },
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Email", email), new("Password", "a long enough password")]),
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var account = await one.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/en/account") { Headers = { { "Cookie", Cookies(registered) } } });
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(email, await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The cookies a response sets, as a browser would send them back.</summary>
    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []);

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}
