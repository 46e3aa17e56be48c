using System.Net;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>Manual redirects: one step, never a chain or a loop, the query string kept, bad rules refused by field.</summary>
public abstract class RedirectContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task ARedirect_LeadsInOneStep_KeepsTheCampaignTags_AndNeverChains()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        Assert.Equal(HttpStatusCode.Redirect, (await Save(marketing, $"/it/saldi-{run}", "/it/collections/donna")).StatusCode);

        using var shopper = app.CreateClient(new() { AllowAutoRedirect = false });
        var moved = await shopper.GetAsync($"/it/saldi-{run}?utm_source=newsletter&utm_medium=email");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/it/collections/donna?utm_source=newsletter&utm_medium=email", moved.Headers.Location!.OriginalString);

        // A rule may not lead to a path that is itself redirected: that would be two steps.
        Assert.Equal(HttpStatusCode.Redirect, (await Save(marketing, "/it/collections/donna-" + run, "/it/collections/uomo", temporary: true)).StatusCode);
        var chain = await Save(marketing, $"/it/promo-{run}", "/it/collections/donna-" + run);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, chain.StatusCode);
        Assert.Contains("is itself redirected", await chain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Moving a rule's target later points the rule straight at the new place.
        Assert.Equal(HttpStatusCode.Redirect, (await Save(marketing, $"/it/old-{run}", $"/it/new-{run}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Save(marketing, $"/it/new-{run}", "/it")).StatusCode);
        Assert.Equal("/it", (await shopper.GetAsync($"/it/old-{run}")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Found, (await shopper.GetAsync("/it/collections/donna-" + run)).StatusCode);
    }

    [Fact]
    public async Task BadRules_AreRefusedWithAMessageForTheirField_AndTheBackOfficeCannotBeRedirected()
    {
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");

        var page = await (await Save(marketing, "saldi", "javascript:alert(1)")).Content.ReadAsStringAsync();
        Assert.Contains("starting with /", page, StringComparison.Ordinal);
        Assert.Contains("full https:// address", page, StringComparison.Ordinal);
        Assert.Contains("cannot be redirected", await (await Save(marketing, "/admin/orders", "/it")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("cannot redirect to itself", await (await Save(marketing, "/it/x-self", "/it/x-self/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse), "a long test password");
        Assert.StartsWith("/admin/denied", (await warehouse.Client.GetAsync("/admin/seo/redirects")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Save(StaffSession staff, string from, string to, bool temporary = false)
    {
        var fields = new Dictionary<string, string> { ["From"] = from, ["To"] = to };
        if (temporary)
        {
            fields["Temporary"] = "true";
        }

        return staff.SubmitAsync("/admin/seo/redirects", null, fields);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRedirectTests(SqliteAppFixture fixture) : RedirectContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlRedirectTests(PostgresAppFixture fixture) : RedirectContract(fixture);
