using Vetrina.Catalog.Contracts;
using Vetrina.Content.Contracts;
using Vetrina.Kernel;

namespace Vetrina.Content.Articles;

/// <summary>
/// The SEO audit of published posts, in the catalogue audit's terms: untranslated posts, two posts of a blog with one
/// title in a language, thin posts, covers without a description in the language. Each finding links to the editor.
/// </summary>
internal static class ContentAudit
{
    /// <summary>A post shorter than this many words is thin.</summary>
    public const int ThinWords = 80;

    public static IReadOnlyList<SeoFinding> Run(IReadOnlyList<Article> published)
    {
        var findings = new List<SeoFinding>();
        foreach (var language in Languages.All)
        {
            foreach (var article in published)
            {
                var edit = $"/admin/content?id={article.Id}";
                var subject = $"{article.Blog}: {article.Title.Get(language)}";
                var untranslated = new[] { ("title", article.Title), ("summary", article.Summary), ("text", article.Body), ("address", article.Handle) }
                    .Where(f => !f.Item2.Has(language)).Select(f => f.Item1).ToList();
                if (untranslated.Count > 0)
                {
                    findings.Add(new(SeoIssue.MissingTranslation, language, subject, $"No {string.Join(", ", untranslated)} in {language}: the post shows English.", edit));
                }

                var words = ArticleBody.Parse(article.Body.Get(language)).OfType<MarkdownPart>()
                    .Sum(p => System.Text.RegularExpressions.Regex.Replace(p.Html, "<[^>]+>", " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
                if (words < ThinWords)
                {
                    findings.Add(new(SeoIssue.ThinPage, language, subject, $"{words} words: a post under {ThinWords} words rarely ranks.", edit));
                }

                if (article.CoverUrl is not null && article.CoverAlt?.Has(language) != true)
                {
                    findings.Add(new(SeoIssue.ImageWithoutAlt, language, subject, $"The cover has no description in {language}.", edit));
                }
            }

            foreach (var same in published.GroupBy(a => (a.Blog, Title: a.Title.Get(language))).Where(g => g.Count() > 1))
            {
                foreach (var article in same)
                {
                    findings.Add(new(SeoIssue.DuplicateTitle, language, $"{article.Blog}: {same.Key.Title}",
                        $"{same.Count()} posts of {article.Blog} are titled \"{same.Key.Title}\" in {language}.", $"/admin/content?id={article.Id}"));
                }
            }
        }

        return findings;
    }
}
