using Vetrina.Analytics.Domain;
using Vetrina.Kernel;

namespace Vetrina.Analytics.Aggregation;

/// <summary>A session being built, with the events that fell into it.</summary>
internal sealed class SessionDraft(Session session)
{
    public Session Session { get; } = session;

    public List<RawEvent> Events { get; } = [];

    public long EngagementMs { get; set; }

    /// <summary>Once every event (and purchase) is in: GA4's engaged session.</summary>
    public void Finish() => Session.Engaged = Session.PageViews >= 2 || Session.Orders > 0 || Session.EndedAt - Session.StartedAt >= Sessionizer.EngagedAfter
        || EngagementMs >= Sessionizer.EngagedAfter.TotalMilliseconds;

    /// <summary>Robot-like: too many pages, or too many events too fast for a person.</summary>
    public bool LooksAutomated => Session.PageViews > Sessionizer.MostPageViews
        || (Events.Count >= 20 && (Session.EndedAt - Session.StartedAt).TotalMilliseconds / Events.Count < Sessionizer.FastestPace.TotalMilliseconds);
}

/// <summary>
/// Cuts one visitor's browser events into sessions, as GA4 does: a new session after 30 minutes without an event, and
/// only then. A session keeps the source it began with: arriving again from a newsletter ten minutes later is the same
/// visit (Universal Analytics started another). Nor does midnight cut it: <see cref="Midnight"/> hands it the next day's
/// events that continue it.
/// </summary>
internal static class Sessionizer
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    /// <summary>GA4's engaged session: 10 seconds, or two page views, or a conversion.</summary>
    public static readonly TimeSpan EngagedAfter = TimeSpan.FromSeconds(10);

    public const int MostPageViews = 200;

    public static readonly TimeSpan FastestPace = TimeSpan.FromMilliseconds(500);

    /// <param name="events">One visitor's browser events, oldest first.</param>
    public static List<SessionDraft> Build(IReadOnlyList<RawEvent> events)
    {
        var sessions = new List<SessionDraft>();
        SessionDraft? current = null;
        foreach (var e in events)
        {
            if (current is null || e.OccurredAt - current.Session.EndedAt > Timeout)
            {
                current = Start(e, ChannelGrouping.Of(e) ?? Touch.Direct);
                sessions.Add(current);
            }

            Add(current, e);
        }

        foreach (var draft in sessions)
        {
            draft.Finish();
        }

        return sessions;
    }

    private static SessionDraft Start(RawEvent first, Touch touch) => new(new Session
    {
        Day = first.Day,
        VisitorId = first.VisitorId,
        VisitorKind = first.VisitorKind,
        StartedAt = first.OccurredAt,
        EndedAt = first.OccurredAt,
        Channel = touch.Channel,
        Source = touch.Source,
        Medium = touch.Medium,
        Campaign = touch.Campaign,
        Device = first.Device,
        Country = first.Country,
        Language = first.Language,
        Market = first.Market,
    });

    private static void Add(SessionDraft draft, RawEvent e)
    {
        var s = draft.Session;
        draft.Events.Add(e);
        s.EndedAt = e.OccurredAt;
        s.Events++;
        s.UserId ??= e.UserId;
        s.Language ??= e.Language;
        s.Market ??= e.Market;
        s.Country ??= e.Country;
        if (e.Name == EventNames.PageView)
        {
            s.PageViews++;
            s.Landing ??= e.Page?.Split('?', 2)[0];
        }

        s.Steps |= e.Name switch
        {
            EventNames.ViewItem => FunnelSteps.ViewItem,
            EventNames.AddToCart => FunnelSteps.AddToCart,
            EventNames.BeginCheckout => FunnelSteps.BeginCheckout,
            EventNames.AddShippingInfo => FunnelSteps.AddShippingInfo,
            EventNames.AddPaymentInfo => FunnelSteps.AddPaymentInfo,
            _ => FunnelSteps.None,
        };
        draft.EngagementMs += e.EngagementMs ?? 0;
    }
}
