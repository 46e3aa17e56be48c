using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vetrina.Catalog.Contracts;
using Vetrina.Data;
using Vetrina.Kernel;

namespace Vetrina.Content.Articles;

internal sealed record TextInput(string? En, string? It, string? Ko);

internal sealed record ArticleInput(string? Blog, TextInput Title, TextInput Handle, TextInput Summary, TextInput Body, string? CoverUrl, string? CoverAlt, string? Author,
    DateTimeOffset? PublishAt);

/// <summary>Articles as staff write them: checked field by field (slugs free in their blog and language, product blocks that exist).</summary>
internal sealed partial class ArticleEditor(VetrinaDbContext db, ICatalogCodes catalogue, TimeProvider clock)
{
    public async Task<(Article? Article, IReadOnlyDictionary<string, string> Errors)> SaveAsync(int? id, ArticleInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var blog = input.Blog?.Trim().ToLowerInvariant() ?? "";
        if (!BlogHandle().IsMatch(blog))
        {
            errors["Blog"] = "The blog is a short lower-case name, like journal or lookbook.";
        }

        if (string.IsNullOrWhiteSpace(input.Title.En) || input.Title.En.Length > 200)
        {
            errors["Title.En"] = "The English title is needed (up to 200 characters): other languages fall back to it.";
        }

        if (string.IsNullOrWhiteSpace(input.Body.En))
        {
            errors["Body.En"] = "The English text is needed: other languages fall back to it.";
        }

        var codes = new[] { input.Body.En, input.Body.It, input.Body.Ko }.Where(b => b is not null).SelectMany(b => ArticleBody.Products(b!)).Distinct().ToList();
        var known = await catalogue.ExistingStylesAsync(codes, cancellationToken);
        if (codes.Except(known).ToList() is { Count: > 0 } unknown)
        {
            errors["Body.En"] = $"No style has the code {string.Join(", ", unknown)}: product blocks name a style code, like {{{{product JK-001}}}}.";
        }

        if (input.CoverUrl is { Length: > 0 } cover && !(cover.StartsWith('/') || Uri.TryCreate(cover, UriKind.Absolute, out _)))
        {
            errors["CoverUrl"] = "The cover is an image address, like /media/cover.jpg.";
        }

        var handles = new Dictionary<string, string>();
        foreach (var (language, title, handle) in new[] { ("en", input.Title.En, input.Handle.En), ("it", input.Title.It, input.Handle.It), ("ko", input.Title.Ko, input.Handle.Ko) })
        {
            var source = string.IsNullOrWhiteSpace(handle) ? title : handle;
            if (string.IsNullOrWhiteSpace(source))
            {
                continue;
            }

            var slug = Slug.From(source);
            if (slug.Length == 0)
            {
                errors[$"Handle.{Capital(language)}"] = "Give an address in Latin letters, like new-season-knitwear.";
                continue;
            }

            handles[language] = slug;
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var others = await db.Set<Article>().Where(a => a.Blog == blog && a.Id != (id ?? 0)).Select(a => a.Handle).ToListAsync(cancellationToken);
        foreach (var (language, slug) in handles)
        {
            if (others.Any(h => h.Get(language) == slug))
            {
                errors[$"Handle.{Capital(language)}"] = $"Another {blog} post has the address {slug} in this language.";
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        var fields = (blog, new LocalizedText(handles["en"], handles.GetValueOrDefault("it"), handles.GetValueOrDefault("ko")),
            LocalizedText.FromInput(input.Title.En!, input.Title.It, input.Title.Ko),
            LocalizedText.FromInput(string.IsNullOrWhiteSpace(input.Summary.En) ? input.Title.En! : input.Summary.En, input.Summary.It, input.Summary.Ko),
            LocalizedText.FromInput(input.Body.En!, input.Body.It, input.Body.Ko),
            string.IsNullOrWhiteSpace(input.CoverUrl) ? null : input.CoverUrl.Trim(),
            string.IsNullOrWhiteSpace(input.CoverAlt) ? null : new LocalizedText(input.CoverAlt.Trim()),
            string.IsNullOrWhiteSpace(input.Author) ? "Vetrina" : input.Author.Trim());
        var article = id is { } existing ? await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == existing, cancellationToken) : null;
        if (article is null)
        {
            article = new Article(fields.blog, fields.Item2, fields.Item3, fields.Item4, fields.Item5, fields.Item6, fields.Item7, fields.Item8, input.PublishAt, now);
            db.Add(article);
        }
        else
        {
            article.Change(fields.blog, fields.Item2, fields.Item3, fields.Item4, fields.Item5, fields.Item6, fields.Item7, fields.Item8, input.PublishAt, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (article, errors);
    }

    private static string Capital(string language) => char.ToUpperInvariant(language[0]) + language[1..];

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex BlogHandle();
}
