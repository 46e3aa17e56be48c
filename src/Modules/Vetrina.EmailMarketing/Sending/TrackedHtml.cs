using System.Text.RegularExpressions;

namespace Vetrina.EmailMarketing.Sending;

/// <summary>Rewrites a rendered email's links through the click redirect and adds the open pixel.</summary>
internal static partial class TrackedHtml
{
    public static string Apply(string html, string publicUrl, string token, string linkKey)
    {
        var tracked = Href().Replace(html, m =>
        {
            var url = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
            if (url.Contains("/e/u/", StringComparison.Ordinal))
            {
                return m.Value;
            }

            var signature = LinkSigner.Sign(linkKey, token, url);
            return $"href=\"{publicUrl}/e/c/{token}?u={Uri.EscapeDataString(url)}&amp;h={signature}\"";
        });
        var pixel = $"<img src=\"{publicUrl}/e/o/{token}.gif\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">";
        var end = tracked.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? tracked + pixel : tracked.Insert(end, pixel);
    }

    [GeneratedRegex(@"href=""(https?://[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
