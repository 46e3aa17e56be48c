using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Vetrina.Content.Articles;
using Vetrina.Content.Contracts;
using Vetrina.Kernel;

namespace Vetrina.Content.ShopPages;

/// <summary>
/// The help centre is a standing page written as "## Topic" and "### Question" headings with the answers below them,
/// so staff edit it like any page (with versions); this reads it into topics and questions and searches them.
/// </summary>
internal static partial class HelpCentre
{
    public static IReadOnlyList<HelpTopic> Read(string markdown)
    {
        var topics = new List<(string Title, List<(string Question, StringBuilder Answer)> Questions)>();
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                topics.Add((line[3..].Trim(), []));
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal) && topics.Count > 0)
            {
                topics[^1].Questions.Add((line[4..].Trim(), new StringBuilder()));
            }
            else if (topics.Count > 0 && topics[^1].Questions.Count > 0)
            {
                topics[^1].Questions[^1].Answer.AppendLine(line);
            }
        }

        return [.. topics.Select((t, i) => new HelpTopic(t.Title, $"topic-{i + 1}",
            [.. t.Questions.Select((q, j) => new HelpQuestion(q.Question, $"q-{i + 1}-{j + 1}", Markdown.ToHtml(q.Answer.ToString().Trim(), ArticleBody.Pipeline)))]))];
    }

    /// <summary>The questions holding every word of the query, in the question or the answer's text; the topics left with any.</summary>
    public static IReadOnlyList<HelpTopic> Search(IReadOnlyList<HelpTopic> topics, string? query)
    {
        var words = Fold(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return topics;
        }

        return [.. topics.Select(t => t with
            {
                Questions = [.. t.Questions.Where(q => Fold($"{t.Title} {q.Question} {WebUtility.HtmlDecode(Tags().Replace(q.AnswerHtml, " "))}") is var haystack && words.All(w => haystack.Contains(w, StringComparison.Ordinal)))],
            })
            .Where(t => t.Questions.Count > 0)];
    }

    /// <summary>Lower case without accents ("perché" finds "perche"), Hangul untouched.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
