namespace Vetrina.Kernel;

/// <summary>
/// Configuration <c>Vetrina:PublicUrl</c>: the shop's address as people reach it, for every link that leaves the site
/// (order and marketing emails, influencer and social links, payment returns).
/// </summary>
public sealed class SiteOptions
{
    public string PublicUrl { get; set; } = "http://localhost:5000";

    /// <summary>The address without a trailing slash, ready for a path.</summary>
    public string Base => PublicUrl.TrimEnd('/');
}
