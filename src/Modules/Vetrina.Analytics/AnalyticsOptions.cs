namespace Vetrina.Analytics;

/// <summary>Configuration section <c>Vetrina:Analytics</c>.</summary>
internal sealed class AnalyticsOptions
{
    /// <summary>The brand's reporting time zone: days, and so every daily figure, start at its midnight.</summary>
    public string TimeZone { get; set; } = "Europe/Rome";

    /// <summary>The currency the brand's figures add up in; other currencies convert at the stored rate of each day.</summary>
    public string ReportingCurrency { get; set; } = "EUR";

    /// <summary>How often new events are merged into today's and yesterday's figures (and any day late events reached is rebuilt).</summary>
    public TimeSpan AggregateEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Events a node holds while the database writes them; past this the collector answers 429.</summary>
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>Most events one database write takes.</summary>
    public int BatchSize { get; set; } = 5_000;

    /// <summary>Database writes a node runs at once (each batch in its own transaction).</summary>
    public int Writers { get; set; } = 2;

    /// <summary>How long raw events are kept; daily rollups stay.</summary>
    public int RawRetentionDays { get; set; } = 400;

    /// <summary>
    /// Other sites whose pages may send events (a headless storefront on its own domain), as origins
    /// ("https://shop.example.com"). Browsers name the page's origin on every post; posts from anywhere else are refused,
    /// so other sites cannot fill the shop's figures. Server-to-server calls name no origin and are taken.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>The hosts of <see cref="AllowedOrigins"/>: the shop's own sites, whose pages are never a referral.</summary>
    public IReadOnlySet<string> SiteHosts => field ??= AllowedOrigins
        .Select(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) ? uri.Host : null).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The header a CDN or proxy in front puts the visitor's country in (ISO 3166 alpha-2).</summary>
    public string CountryHeader { get; set; } = "CF-IPCountry";

    public TimeZoneInfo Zone => field ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
