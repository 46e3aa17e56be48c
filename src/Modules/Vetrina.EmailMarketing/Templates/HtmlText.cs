using System.Net;
using System.Text.RegularExpressions;

namespace Vetrina.EmailMarketing.Templates;

/// <summary>The plain-text part of an email, made from its HTML: mail clients that show text, and spam filters, want both.</summary>
internal static partial class HtmlText
{
    public static string From(string html)
    {
        var text = Invisible().Replace(html, "");
        text = Link().Replace(text, m => m.Groups[2].Value.Trim() is var label && label.Length > 0 && label != m.Groups[1].Value
            ? $"{label} ({m.Groups[1].Value})"
            : m.Groups[1].Value);
        text = Paragraph().Replace(text, "\n\n");
        text = Break().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = Blank().Replace(text, "\n\n");
        return string.Join('\n', text.Split('\n').Select(l => l.Trim())).Trim() + "\n";
    }

    [GeneratedRegex(@"<(head|style|script)[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<a\s[^>]*href=""([^""]+)""[^>]*>(.*?)</a>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"</(p|h[1-6])>", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<(br|/li|/tr|/div)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n\s*\n(\s*\n)+")]
    private static partial Regex Blank();
}
