using Vetrina.Kernel;

namespace Vetrina.Analytics.Domain;

/// <summary>
/// One event as it was collected, from the tracking script or from the server (purchase, refund, return): the ground
/// truth that sessions and daily rollups are rebuilt from, kept for the configured retention.
/// </summary>
/// <remarks>
/// Written only in bulk by the event writer (binary COPY on PostgreSQL); updated only to clear <see cref="Pending"/>.
/// Plain properties keep the writer's path free of EF Core.
/// </remarks>
internal sealed class RawEvent
{
    public long Id { get; set; }

    /// <summary>The brand's calendar day the event happened on (its reporting time zone), which rollups are built by.</summary>
    public DateOnly Day { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public Guid VisitorId { get; set; }

    public VisitorKind VisitorKind { get; set; }

    /// <summary>The customer, when the shop knows them (a signed-in account, or the order's customer key).</summary>
    public string? UserId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Path and query of the page (no scheme or host: one site).</summary>
    public string? Page { get; set; }

    /// <summary>The referring page's host and path; empty for the shop's own pages.</summary>
    public string? Referrer { get; set; }

    public string? Source { get; set; }

    public string? Medium { get; set; }

    public string? Campaign { get; set; }

    public string? Content { get; set; }

    public string? Term { get; set; }

    /// <summary>Which ad network's click id the landing page carried (gclid, fbclid, msclkid, ttclid).</summary>
    public string? ClickId { get; set; }

    /// <summary>
    /// The click id itself, by which an imported click report names the campaign of a click that carried no UTM tags
    /// (Google Ads' auto-tagging adds only a gclid).
    /// </summary>
    public string? ClickKey { get; set; }

    /// <summary>
    /// The ad network's campaign id the address carried without a campaign name: GA4's <c>utm_id</c>, Google Ads'
    /// auto-tagging <c>gad_campaignid</c>, or the ValueTrack <c>{campaignid}</c> of a final-URL suffix (<c>campaignid</c>).
    /// An imported cost report with campaign ids names it.
    /// </summary>
    public string? CampaignId { get; set; }

    public DeviceCategory Device { get; set; }

    public string? Country { get; set; }

    public string? Language { get; set; }

    public string? Market { get; set; }

    public string? TransactionId { get; set; }

    /// <summary>The event's value in minor units of <see cref="Currency"/> (KRW has none).</summary>
    public long? ValueMinor { get; set; }

    public string? Currency { get; set; }

    public int? EngagementMs { get; set; }

    /// <summary>GA4-style items, as compact JSON (id, variant, name, category, price in minor units, quantity).</summary>
    public string? Items { get; set; }

    /// <summary>Any other parameters, as JSON.</summary>
    public string? Params { get; set; }

    /// <summary>
    /// Not yet in its day's rollups: the aggregation merges the visitors with pending events into today's figures and
    /// clears the mark in the same transaction, so each event is counted once whatever order batches commit in.
    /// </summary>
    public bool Pending { get; set; } = true;
}
