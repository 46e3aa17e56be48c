using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Orders.Domain;

namespace Vetrina.IntegrationTests;

/// <summary>
/// PostgreSQL stopped under the app as an operator's restart stops it: requests are answered 503 with Retry-After at
/// once (problem details on the API, a page in the shopper's language in the shop), readiness says why, and the node
/// serves again within 10 s of the database's return, with what was committed before still there.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseOutageTests(PostgresAppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task WithPostgreSqlDown_RequestsGet503AtOnce_ReadinessSaysWhy_AndTheNodeServesAgainSoonAfterItsReturn()
    {
        using var client = app.CreateClient();
        var (sku, _) = await app.SkuWithUnitsAsync(10, pick: 5, lifecycle: Vetrina.Catalog.Contracts.Lifecycle.NewIn);
        var cart = await Shopper.CartAsync(client, "IT", sku, 1);
        var total = await Shopper.TotalAsync(client, cart, "IT-STD");
        var email = $"before.outage.{Guid.NewGuid():N}@example.com";
        Assert.Equal(HttpStatusCode.Created, (await Shopper.PlaceAsync(client, Guid.NewGuid().ToString(),
            Shopper.Body(cart, "IT", "it", email, Shopper.ItalianAddress, "IT-STD", total))).StatusCode);
        // The sign-in form, loaded while the database answered, is sent while it does not.
        var shopper = new StaffSession(app);
        var token = WebUtility.HtmlDecode(Regex.Match(await shopper.Client.GetStringAsync("/it/account/sign-in"),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

        using var browser = app.CreateClient();
        browser.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
        var marker = Guid.NewGuid().ToString("N")[..12];
        var acknowledged = 0;

        await fixture.Server.StopAsync();
        try
        {
            var api = await client.PostAsJsonAsync("/api/v1/carts", new { market = "IT" });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.Equal("5", api.Headers.GetValues("Retry-After").Single());
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.Equal(503, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());

            var page = await shopper.Client.PostAsync("/it/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "chiunque@example.com", ["Password"] = "una password qualsiasi", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal("5", page.Headers.GetValues("Retry-After").Single());
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
            Assert.Contains("Il negozio torna tra un attimo", html, StringComparison.Ordinal);

            var ready = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Unhealthy", report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

            // The collector keeps taking a page's events while it can hold them, or says when to send them again;
            // either way none it acknowledged is lost.
            for (var i = 0; i < 20; i++)
            {
                var sent = await browser.PostAsync("/t/collect", new StringContent(JsonSerializer.Serialize(new
                {
                    events = new[] { new { name = "page_view", @params = new { page_location = $"https://shop.example/it/outage/{marker}/{i}" } } },
                }), System.Text.Encoding.UTF8, "text/plain"));
                if (sent.StatusCode == HttpStatusCode.OK)
                {
                    acknowledged += (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32();
                }
                else
                {
                    Assert.True(sent.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable, $"the collector answered {(int)sent.StatusCode}");
                    Assert.True(sent.Headers.RetryAfter is not null, "a refusal without Retry-After");
                }
            }
        }
        finally
        {
            await fixture.Server.StartAgainAsync();
        }

        // Within 10 s of its return the node takes new bags again, without a restart.
        var until = DateTime.UtcNow.AddSeconds(10);
        HttpResponseMessage again;
        while ((again = await client.PostAsJsonAsync("/api/v1/carts", new { market = "IT" })).StatusCode != HttpStatusCode.Created)
        {
            Assert.True(DateTime.UtcNow < until, $"still {(int)again.StatusCode} 10 s after PostgreSQL's return");
            await Task.Delay(100);
        }

        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Order>().CountAsync(o => o.Email == email)));
        until = DateTime.UtcNow.AddSeconds(15);
        while (await app.WithDbAsync(db => db.Set<Vetrina.Analytics.Domain.RawEvent>().CountAsync(e => e.Page!.Contains(marker))) < acknowledged)
        {
            Assert.True(DateTime.UtcNow < until, "events the collector acknowledged during the outage were not stored within 15 s of the database's return");
            await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }
}
