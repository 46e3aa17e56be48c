using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;

namespace Vetrina.UnitTests;

/// <summary>GA4's default channel group, from the tags, click ids and referrers a landing page carries.</summary>
public sealed class ChannelGroupingTests
{
    [Theory]
    [InlineData("google", "cpc", null, null, nameof(Channel.PaidSearch))]
    [InlineData("naver", "ppc", null, null, nameof(Channel.PaidSearch))]
    [InlineData("instagram", "paid_social", null, null, nameof(Channel.PaidSocial))]
    [InlineData("facebook", "cpc", null, null, nameof(Channel.PaidSocial))]
    [InlineData("criteo", "display", null, null, nameof(Channel.Display))]
    [InlineData("newsletter", "email", null, null, nameof(Channel.Email))]
    [InlineData("klaviyo", "e-mail", null, null, nameof(Channel.Email))]
    [InlineData("chiara", "influencer", null, null, nameof(Channel.Affiliates))]
    [InlineData("awin", "affiliate", null, null, nameof(Channel.Affiliates))]
    [InlineData("instagram", "social", null, null, nameof(Channel.OrganicSocial))]
    [InlineData("vogue", "referral", null, null, nameof(Channel.Referral))]
    [InlineData("partner", "paid", null, null, nameof(Channel.PaidOther))]
    [InlineData("whatever", "qr", null, null, nameof(Channel.Unassigned))]
    [InlineData(null, null, "gclid", null, nameof(Channel.PaidSearch))]
    [InlineData(null, null, "msclkid", null, nameof(Channel.PaidSearch))]
    [InlineData(null, null, "ttclid", null, nameof(Channel.PaidSocial))]
    [InlineData(null, null, "fbclid", "l.facebook.com/", nameof(Channel.OrganicSocial))]
    [InlineData(null, null, null, "www.google.it/", nameof(Channel.OrganicSearch))]
    [InlineData(null, null, null, "search.naver.com/search.naver", nameof(Channel.OrganicSearch))]
    [InlineData(null, null, null, "blog.naver.com/someone/223", nameof(Channel.OrganicSocial))]
    [InlineData(null, null, null, "l.instagram.com/", nameof(Channel.OrganicSocial))]
    [InlineData(null, null, null, "t.co/abc", nameof(Channel.OrganicSocial))]
    [InlineData(null, null, null, "mail.google.com/mail/u/0/", nameof(Channel.Email))]
    [InlineData(null, null, null, "www.vogue.it/moda/article", nameof(Channel.Referral))]
    public void TagsClickIdsAndReferrers_GroupAsGa4Does(string? source, string? medium, string? clickId, string? referrer, string expected)
    {
        var touch = ChannelGrouping.Of(new RawEvent { Name = EventNames.PageView, Source = source, Medium = medium, ClickId = clickId, Referrer = referrer });

        Assert.Equal(Enum.Parse<Channel>(expected), touch!.Channel);
    }

    [Theory]
    [InlineData("hooks.stripe.com/3d_secure_2/hosted")]
    [InlineData("checkout.stripe.com/c/pay/cs_test")]
    [InlineData("www.paypal.com/checkoutnow")]
    [InlineData("acs.nexi.it/challenge")]
    public void APaymentProvidersPage_BringsNoTouch_SoTheVisitContinues(string referrer) =>
        Assert.Null(ChannelGrouping.Of(new RawEvent { Name = EventNames.PageView, Referrer = referrer }));

    [Fact]
    public void NoTagsAndNoReferrer_BringNoTouch_AndASessionStartingSoIsDirect()
    {
        Assert.Null(ChannelGrouping.Of(new RawEvent { Name = EventNames.PageView }));
        Assert.Equal(Channel.Direct, Touch.Direct.Channel);
    }

    [Fact]
    public void AReferrersSourceIsTheSitesName()
    {
        var touch = ChannelGrouping.Of(new RawEvent { Name = EventNames.PageView, Referrer = "www.google.co.kr/" })!;

        Assert.Equal(("google", "organic"), (touch.Source, touch.Medium));
    }
}
