namespace Vetrina.Analytics.Domain;

/// <summary>How big an event may be, close to GA4's own limits so that what GA4 takes, Vetrina takes.</summary>
internal static class EventLimits
{
    /// <summary>GA4's Measurement Protocol takes 25 events a request.</summary>
    public const int EventsPerRequest = 25;

    public const int ParamsPerEvent = 25;

    public const int ItemsPerEvent = 200;

    /// <summary>page_location and page_referrer.</summary>
    public const int Url = 1000;

    /// <summary>Any other text parameter (GA4: 100 characters).</summary>
    public const int Text = 100;

    public const int BodyBytes = 64 * 1024;

    /// <summary>GA4 backdates events by at most 72 hours.</summary>
    public static readonly TimeSpan OldestEvent = TimeSpan.FromHours(72);

    /// <summary>Clocks disagree a little; an event further in the future than this is wrong.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
}
