using System.Text.Json;
using Vetrina.Analytics.Collection;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;

namespace Vetrina.UnitTests;

/// <summary>Which referrers are another site, when the storefront and the collector live on different domains.</summary>
public sealed class ReferrerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    // The storefront on its own domain, posting to the collector on another: its own pages are no referral.
    [InlineData("https://shop.example/en/a", "https://shop.example/en", null)]
    // Wherever page_referrer stands among the parameters.
    [InlineData("https://shop.example/en/a", "https://shop.example/en", null, true)]
    [InlineData("https://shop.example/en/a", "https://collector.example/admin", null)]
    // A second storefront of the shop's, listed among the allowed origins.
    [InlineData("https://shop.example/en/a", "https://kr.shop.example/ko", null)]
    [InlineData("https://shop.example/en/a", "https://www.google.it/search?q=coat", "www.google.it/search")]
    [InlineData("https://shop.example/en/a", "https://shop.example.evil.test/x", "shop.example.evil.test/x")]
    public void OwnPages_AreNotReferrals_OtherSitesAre(string page, string referrer, string? stored, bool referrerFirst = false)
    {
        var parameters = referrerFirst
            ? (object)new { page_referrer = referrer, page_location = page }
            : new { page_location = page, page_referrer = referrer };
        var body = JsonSerializer.SerializeToElement(new { events = new[] { new { name = "page_view", @params = parameters } } });
        var context = new CollectContext(Now, new Visitor(Guid.NewGuid(), VisitorKind.Cookie), DeviceCategory.Desktop, "IT", "collector.example",
            TimeZoneInfo.Utc, new HashSet<string>(["kr.shop.example"], StringComparer.OrdinalIgnoreCase));

        var parsed = EventParser.Parse(body, context);

        Assert.Equal(stored, Assert.Single(parsed.Accepted).Referrer);
    }
}
