using Vetrina.Analytics.Aggregation;
using Vetrina.Analytics.Domain;
using Vetrina.Kernel;

namespace Vetrina.UnitTests;

/// <summary>Cutting a visitor's day into sessions the way GA4 does.</summary>
public sealed class SessionizerTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Visitor = Guid.Parse("0b9f3e0e-4c51-4d0b-9d8f-2a1c3e5f7a90");

    [Fact]
    public void ThirtyMinutesOfSilence_StartsANewSession_TwentyNineDoNot()
    {
        var sessions = Sessionizer.Build([Page(0, "/it"), Page(29, "/it/collections/donna"), Page(29 + 31, "/it/search")]);

        Assert.Equal(2, sessions.Count);
        Assert.Equal((2, "/it"), (sessions[0].Session.PageViews, sessions[0].Session.Landing));
        Assert.Equal((1, "/it/search"), (sessions[1].Session.PageViews, sessions[1].Session.Landing));
    }

    [Fact]
    public void ANewCampaign_ContinuesTheSession_WhichKeepsTheSourceItBeganWith()
    {
        var sessions = Sessionizer.Build([
            Page(0, "/en", source: "google", medium: "cpc", campaign: "fw26"),
            Page(2, "/en/checkout"),
            Page(3, "/en/checkout/done", referrer: "hooks.stripe.com/3d_secure_2"),
            Page(5, "/en/p/coat", source: "newsletter", medium: "email", campaign: "black-friday"),
        ]);

        var session = Assert.Single(sessions).Session;
        Assert.Equal((Channel.PaidSearch, "google", "cpc", "fw26", 4), (session.Channel, session.Source, session.Medium, session.Campaign, session.PageViews));
    }

    [Fact]
    public void ASession_IsEngagedByTwoPages_OrTenSeconds_OrTenSecondsOfAttention_NotByOneQuickPage()
    {
        Assert.False(Sessionizer.Build([Page(0, "/it")])[0].Session.Engaged);
        Assert.True(Sessionizer.Build([Page(0, "/it"), Page(1, "/it/p/a")])[0].Session.Engaged);
        var read = Page(0, "/it");
        read.EngagementMs = 12_000;
        Assert.True(Sessionizer.Build([read])[0].Session.Engaged);
    }

    [Fact]
    public void TheFunnelSteps_AreTheEventsTheSessionReached()
    {
        var session = Sessionizer.Build([Page(0, "/it"), Event(1, EventNames.ViewItem), Event(2, EventNames.AddToCart), Event(3, EventNames.BeginCheckout)])[0];

        Assert.Equal(FunnelSteps.ViewItem | FunnelSteps.AddToCart | FunnelSteps.BeginCheckout, session.Session.Steps);
    }

    [Fact]
    public void HundredsOfPagesAtMachineSpeed_LookAutomated()
    {
        var robot = Sessionizer.Build([.. Enumerable.Range(0, 40).Select(i => Event(i / 600.0, EventNames.PageView))])[0];
        var person = Sessionizer.Build([.. Enumerable.Range(0, 40).Select(i => Event(i * 0.5, EventNames.PageView))])[0];

        Assert.True(robot.LooksAutomated);
        Assert.False(person.LooksAutomated);
    }

    private static RawEvent Page(double minutes, string path, string? source = null, string? medium = null, string? campaign = null, string? referrer = null)
    {
        var e = Event(minutes, EventNames.PageView);
        e.Page = path;
        e.Source = source;
        e.Medium = medium;
        e.Campaign = campaign;
        e.Referrer = referrer;
        return e;
    }

    private static RawEvent Event(double minutes, string name) => new()
    {
        Name = name, VisitorId = Visitor, VisitorKind = VisitorKind.Cookie, OccurredAt = Nine.AddMinutes(minutes), Day = DateOnly.FromDateTime(Nine.Date),
    };
}
