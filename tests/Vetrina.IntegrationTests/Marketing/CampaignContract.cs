using System.Net;
using Vetrina.Kernel.Security;

namespace Vetrina.IntegrationTests;

/// <summary>Campaigns and their short links: planned with a message per bad field; a link counts its click and carries the UTM tags.</summary>
public abstract class CampaignContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task ACampaign_IsPlanned_AndItsShortLinkLeadsToThePageWithTheTags_CountingTheClick()
    {
        var name = $"bf-{Guid.NewGuid():N}"[..12];
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var planned = await marketing.SubmitAsync("/admin/marketing/campaigns", null, new()
        {
            ["Input.Name"] = name, ["Input.Title"] = "Black Friday", ["Input.Channels"] = "email, paid-social", ["Input.StartsOn"] = "2026-11-23",
            ["Input.EndsOn"] = "2026-11-30", ["Input.Budget"] = "2500", ["Input.Currency"] = "EUR", ["Input.Goal"] = "300 orders",
        });
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var page = await marketing.Client.GetStringAsync("/admin/marketing/campaigns");
        Assert.Contains(name, page, StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(page, $"<option value=\"(\\d+)\"[^>]*>{name}</option>").Groups[1].Value;

        var made = await marketing.SubmitAsync("/admin/marketing/campaigns", "Link", new()
        {
            ["LinkCampaign"] = id, ["LinkTarget"] = "/it/collections/donna", ["LinkSource"] = "Instagram", ["LinkMedium"] = "paid_social", ["LinkContent"] = "story-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var code = System.Text.RegularExpressions.Regex.Match(await marketing.Client.GetStringAsync("/admin/marketing/campaigns"), "/l/([0-9a-f]{8})").Groups[1].Value;

        using var shopper = app.CreateClient(new() { AllowAutoRedirect = false });
        var click = await shopper.GetAsync($"/l/{code}");
        Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        Assert.Equal($"/it/collections/donna?utm_source=instagram&utm_medium=paid_social&utm_campaign={name}&utm_content=story-1", click.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/l/00000000")).StatusCode);
        Assert.Matches($"<td class=\"num\">1</td>", await marketing.Client.GetStringAsync("/admin/marketing/campaigns"));
    }

    [Fact]
    public async Task BadCampaignsAndLinks_GetAMessageForEachField()
    {
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");

        var refused = await marketing.SubmitAsync("/admin/marketing/campaigns", null, new()
        {
            ["Input.Name"] = "Black Friday!", ["Input.Title"] = "", ["Input.Channels"] = "", ["Input.StartsOn"] = "2026-11-30", ["Input.EndsOn"] = "2026-11-01",
            ["Input.Budget"] = "12.5", ["Input.Currency"] = "KRW",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        foreach (var message in new[] { "utm_campaign tag", "Give the campaign a title", "at least one channel", "ends before it starts", "whole number of KRW" })
        {
            Assert.Contains(message, page, StringComparison.Ordinal);
        }

        var warehouse = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.Warehouse), "a long test password");
        Assert.StartsWith("/admin/denied", (await warehouse.Client.GetAsync("/admin/marketing/campaigns")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCampaignTests(SqliteAppFixture fixture) : CampaignContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCampaignTests(PostgresAppFixture fixture) : CampaignContract(fixture);
