using System.Text.RegularExpressions;
using Markdig;
using Vetrina.Content.Contracts;

namespace Vetrina.Content.Articles;

/// <summary>
/// Renders an article's Markdown (CommonMark with tables, lists and links; raw HTML is shown as text, never run) and
/// cuts out the product blocks, which the shop fills with the style's price and stock at the time of the visit.
/// </summary>
internal static partial class ArticleBody
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseAutoLinks().UseEmphasisExtras().Build();

    public static IReadOnlyList<BodyPart> Parse(string markdown)
    {
        var parts = new List<BodyPart>();
        var position = 0;
        foreach (Match match in ProductLine().Matches(markdown))
        {
            Add(parts, markdown[position..match.Index]);
            parts.Add(new ProductPart(match.Groups[1].Value));
            position = match.Index + match.Length;
        }

        Add(parts, markdown[position..]);
        return parts;
    }

    /// <summary>The style codes an article's blocks name, for checking them when it is saved.</summary>
    public static IEnumerable<string> Products(string markdown) => ProductLine().Matches(markdown).Select(m => m.Groups[1].Value);

    private static void Add(List<BodyPart> parts, string markdown)
    {
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            parts.Add(new MarkdownPart(Markdown.ToHtml(markdown, Pipeline)));
        }
    }

    [GeneratedRegex(@"^\{\{\s*product\s+([A-Za-z0-9_.-]+)\s*\}\}\s*$", RegexOptions.Multiline)]
    private static partial Regex ProductLine();
}
