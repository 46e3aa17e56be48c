namespace Vetrina.Catalog.Seo;

/// <summary>
/// A redirect staff set by hand (an old campaign page, a retired collection, a printed short address), beside the
/// automatic ones every renamed product address leaves behind.
/// </summary>
internal sealed class RedirectRule
{
    private RedirectRule()
    {
        From = null!;
        To = null!;
        Actor = null!;
    }

    public RedirectRule(string from, string to, bool permanent, string actor, DateTimeOffset at)
    {
        From = from;
        To = to;
        Permanent = permanent;
        Actor = actor;
        At = at;
    }

    public long Id { get; private set; }

    /// <summary>The shop's path that moved ("/it/saldi"), without query.</summary>
    public string From { get; private set; }

    /// <summary>Where it goes: a path of the shop or a full address.</summary>
    public string To { get; private set; }

    /// <summary>301 (moved for good: search engines pass the page's standing on) or 302 (for now).</summary>
    public bool Permanent { get; private set; }

    public string Actor { get; private set; }

    public DateTimeOffset At { get; private set; }

    public void PointAt(string to) => To = to;
}
