namespace Vetrina.Data.Security;

/// <summary><c>Vetrina:RateLimits:{name}</c>: how many requests a client may send in each window.</summary>
public sealed class WindowLimitRule
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    /// <summary>
    /// Whether reads count too (the API, the collector) or only what a form sends (a page is read before it is sent,
    /// and reading it costs nobody anything).
    /// </summary>
    public bool CountsReads { get; set; }
}
