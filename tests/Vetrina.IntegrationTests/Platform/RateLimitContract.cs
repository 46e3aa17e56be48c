using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vetrina.Kernel.Time;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The shop's forms that write or send email are limited per client address: past the limit a shopper is told, in
/// their language, how long to wait; other addresses go on as before. Reset emails are capped per recipient whoever
/// asks, and the page says the same either way.
/// </summary>
public abstract class RateLimitContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task TheContactForm_PastTenSendsFromOneAddress_AnswersTooManyInTheShoppersLanguage_OthersCarryOn()
    {
        using var replay = ReplayableClock.Begin(WellInside(TimeSpan.FromMinutes(10)));
        var sender = new StaffSession(app);
        for (var i = 0; i < 10; i++)
        {
            // An empty form is refused field by field; it still counts, as a script's would.
            var sent = await sender.SubmitAsync("/it/pages/contact", null, new() { ["Message"] = "" });
            Assert.NotEqual(HttpStatusCode.TooManyRequests, sent.StatusCode);
        }

        var refused = await sender.SubmitAsync("/it/pages/contact", null, new() { ["Message"] = "" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(wait, 1, 600);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains(wait < 60 ? "Troppi tentativi: attendi" : $"Troppi tentativi: attendi {(wait + 59) / 60} minut", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"it\"", page, StringComparison.Ordinal);
        // Reading the form is never limited, and another address sends at once.
        Assert.Equal(HttpStatusCode.OK, (await sender.Client.GetAsync("/it/pages/contact")).StatusCode);
        var other = new StaffSession(app);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await other.SubmitAsync("/it/pages/contact", null, new() { ["Message"] = "" })).StatusCode);
    }

    [Fact]
    public async Task ResetEmails_AreCappedPerRecipient_WhoeverAsks_AndThePageSaysTheSameEitherWay()
    {
        using var replay = ReplayableClock.Begin(WellInside(TimeSpan.FromHours(1)));
        var email = $"reset.cap.{Guid.NewGuid():N}@example.com";
        await new StaffSession(app).SubmitAsync("/en/account/register", null, new() { ["Email"] = email, ["Password"] = "a long enough password" });

        var answers = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            // A new address each time: the per-address limit is not what stops these.
            var asking = new StaffSession(app);
            var answer = await asking.SubmitAsync("/en/account/forgot", null, new() { ["Email"] = email });
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            answers.Add(Between(await answer.Content.ReadAsStringAsync(), "<main", "</main>"));
        }

        Assert.Single(answers.Distinct());
        await SmtpSink.Shared.WaitForAsync(email, count: 5);
        await app.HandleEventsAsync();
        Assert.Equal(5, SmtpSink.Shared.To(email).Count(m => m.Subject == "Choose a new password"));
    }

    /// <summary>Now, or a little earlier when now is in the last two minutes of a window: a test's requests all fall in one.</summary>
    public static DateTimeOffset WellInside(TimeSpan window)
    {
        var now = DateTimeOffset.UtcNow;
        return window - TimeSpan.FromTicks(now.UtcTicks % window.Ticks) < TimeSpan.FromMinutes(2) ? now.AddMinutes(-2) : now;
    }

    private static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        return html[start..html.IndexOf(to, start, StringComparison.Ordinal)];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRateLimitContract(SqliteAppFixture fixture) : RateLimitContract(fixture);

/// <summary>Two nodes sharing Redis meet one count: a client spreading its orders over both is refused at the limit.</summary>
public sealed class SharedRateLimitTests(RedisAppFixture fixture) : IClassFixture<RedisAppFixture>
{
    [Fact]
    public async Task AClientSpreadingCheckoutsOverTwoNodes_MeetsOneLimit_AndIsToldWhenToComeBack()
    {
        using var replay = ReplayableClock.Begin(RateLimitContract.WellInside(TimeSpan.FromMinutes(10)));
        await using var second = fixture.SecondNode();
        var address = VetrinaApp.NextClientAddress();
        var clients = new[] { fixture.App.CreateClient(), second.CreateClient() };
        foreach (var client in clients)
        {
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        }

        // Malformed placements (no bag): refused by the endpoint, counted by the limit (6 here) all the same.
        for (var i = 0; i < 6; i++)
        {
            var placed = await Shopper.PlaceAsync(clients[i % 2], Guid.NewGuid().ToString(), new { });
            Assert.NotEqual(HttpStatusCode.TooManyRequests, placed.StatusCode);
        }

        foreach (var client in clients)
        {
            var refused = await Shopper.PlaceAsync(client, Guid.NewGuid().ToString(), new { });
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 600);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(429, problem.GetProperty("status").GetInt32());
        }

        // Another address is not held back by this one's count.
        using var other = fixture.App.CreateClient();
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Shopper.PlaceAsync(other, Guid.NewGuid().ToString(), new { })).StatusCode);
    }
}
