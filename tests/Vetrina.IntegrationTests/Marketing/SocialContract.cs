using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vetrina.Kernel.Security;
using Vetrina.Marketing.Social;

namespace Vetrina.IntegrationTests;

/// <summary>The social calendar: posts with shoppable tagged links; engagement imports refused whole with line numbers, then taken, idempotently.</summary>
public abstract class SocialContract(AppFixture fixture)
{
    private readonly VetrinaApp app = fixture.App;

    [Fact]
    public async Task APost_CarriesItsTags_AndEngagementImports_AreAllOrNothing_Idempotent_AndGiveTheRate()
    {
        var campaign = $"drop-{Guid.NewGuid():N}"[..14];
        var marketing = await StaffSession.SignInAsync(app, await StaffSession.CreateStaffAsync(app, StaffRoles.MarketingManager), "a long test password");
        var refused = await marketing.SubmitAsync("/admin/marketing/social", null, new() { ["Target"] = "https://elsewhere.example/", ["Language"] = "it" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var form = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Choose the network.", form, StringComparison.Ordinal);
        Assert.Contains("Link to a page of the shop", form, StringComparison.Ordinal);
        foreach (var network in new[] { "Instagram", "NaverBlog" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await marketing.SubmitAsync("/admin/marketing/social", null, new()
            {
                ["Network"] = network, ["ScheduledAt"] = "2026-11-26T18:30", ["Caption"] = "La nuova maglia 🧶", ["Language"] = "it",
                ["Target"] = "/it/collections/donna", ["Campaign"] = campaign,
            })).StatusCode);
        }

        var posts = await app.WithDbAsync(db => db.Set<SocialPost>().Where(p => p.Campaign == campaign).OrderBy(p => p.Network).ToListAsync());
        var (instagram, naver) = (posts[0], posts[1]);
        var page = await marketing.Client.GetStringAsync("/admin/marketing/social");
        Assert.Contains($"/it/collections/donna?utm_source=instagram&amp;utm_medium=social&amp;utm_campaign={campaign}&amp;utm_content={instagram.Reference}", page, StringComparison.Ordinal);
        Assert.Contains($"utm_source=naver_blog", page, StringComparison.Ordinal);

        var wrongColumns = await UploadAsync(marketing, "post,date,likes\nx,2026-11-20,3\n");
        Assert.Contains("Line 1: Missing column(s): comments, shares, reach.", wrongColumns, StringComparison.Ordinal);
        var bad = await UploadAsync(marketing, $"post,date,likes,comments,shares,saves,reach,clicks\n{instagram.Reference},2026-11-20,120,8,5,4,3400,61\n"
            + $"{naver.Reference},20/11/2026,10,1,0,0,500,2\n{instagram.Reference},2026-11-21,-3,1,0,0,500,2\nnope,2026-11-20,1,1,1,1,10,1\n");
        Assert.Contains("Line 3: &#x27;20/11/2026&#x27; is not a date", bad, StringComparison.Ordinal);
        Assert.Contains("Line 4: likes &#x27;-3&#x27; is not a whole number of 0 or more.", bad, StringComparison.Ordinal);
        Assert.Contains("Line 5: No post has the reference &#x27;nope&#x27;.", bad, StringComparison.Ordinal);
        Assert.Equal(0, (await app.WithDbAsync(db => db.Set<SocialPost>().SingleAsync(p => p.Id == instagram.Id))).Reach);

        var good = $"post,date,likes,comments,shares,saves,reach,clicks\n{instagram.Reference},2026-11-20,120,8,5,4,3400,61\n{naver.Reference},2026-11-20,\"1,050\",30,12,0,\"20,000\",\n";
        Assert.Contains("2 post(s) updated, 0 unchanged", await UploadAsync(marketing, good), StringComparison.Ordinal);
        Assert.Contains("0 post(s) updated, 2 unchanged", await UploadAsync(marketing, good), StringComparison.Ordinal);
        var measured = await app.WithDbAsync(db => db.Set<SocialPost>().SingleAsync(p => p.Id == instagram.Id));
        // (120 + 8 + 5 + 4) ÷ 3,400 = 4.03 %.
        Assert.Equal(0.0403m, measured.EngagementRate);
        Assert.Equal((20000, 1050), await app.WithDbAsync(db => db.Set<SocialPost>().Where(p => p.Id == naver.Id).Select(p => new { p.Reach, p.Likes }).SingleAsync()
            .ContinueWith(t => (t.Result.Reach, t.Result.Likes))));
        Assert.Contains("4.03%", await marketing.Client.GetStringAsync("/admin/marketing/social"), StringComparison.Ordinal);
    }

    private static async Task<string> UploadAsync(StaffSession session, string csv) =>
        await (await session.UploadAsync("/admin/marketing/social", "Import", "file", "engagement.csv", Encoding.UTF8.GetBytes(csv), [])).Content.ReadAsStringAsync();
}

[Collection(SqliteCollection.Name)]
public sealed class SocialOnSqlite(SqliteAppFixture fixture) : SocialContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SocialOnPostgres(PostgresAppFixture fixture) : SocialContract(fixture);
