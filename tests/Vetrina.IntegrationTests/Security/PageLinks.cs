using System.Net;
using System.Text.RegularExpressions;

namespace Vetrina.IntegrationTests;

/// <summary>
/// The links of a page that the crawling tests follow: this site's own pages, without their fragment; never another
/// origin, a download from /media/, or signing out (which would end the session the crawl runs in).
/// </summary>
internal static partial class PageLinks
{
    public static IEnumerable<string> Of(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0])
            .Where(path => path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.Contains("sign-out", StringComparison.Ordinal)
                && !path.StartsWith("/media/", StringComparison.Ordinal));

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
