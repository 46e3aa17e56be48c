using Vetrina.Kernel;

namespace Vetrina.Analytics.Domain;

/// <summary>
/// A visit: one visitor's events with no gap of 30 minutes and under one campaign, within one reporting day. Rebuilt
/// from raw events with its day; funnels, attribution and cohorts read these.
/// </summary>
internal sealed class Session
{
    public long Id { get; set; }

    public DateOnly Day { get; set; }

    public Guid VisitorId { get; set; }

    public VisitorKind VisitorKind { get; set; }

    public string? UserId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset EndedAt { get; set; }

    /// <summary>The path of the first page (no query).</summary>
    public string? Landing { get; set; }

    public Channel Channel { get; set; }

    public string? Source { get; set; }

    public string? Medium { get; set; }

    public string? Campaign { get; set; }

    public DeviceCategory Device { get; set; }

    public string? Country { get; set; }

    public string? Language { get; set; }

    public string? Market { get; set; }

    public int PageViews { get; set; }

    public int Events { get; set; }

    public bool Engaged { get; set; }

    /// <summary>The visitor's first session ever (always, for a cookieless visitor: they are new every day).</summary>
    public bool NewUser { get; set; }

    public FunnelSteps Steps { get; set; }

    public int Orders { get; set; }

    /// <summary>Order totals of the session's purchases, in the reporting currency's minor units.</summary>
    public long RevenueMinor { get; set; }
}
