using Vetrina.Content.Contracts;

namespace Vetrina.Content.Articles;

internal sealed class PublishedArticles(ArticleDirectory directory, ArticlePreview previews) : IPublishedArticles
{
    public async Task<IReadOnlyList<ArticleView>> PublishedAsync(string blog, int take, CancellationToken cancellationToken) =>
        [.. (await directory.PublishedAsync(blog, take, cancellationToken)).Select(View)];

    public async Task<IReadOnlyList<ArticleView>> AllPublishedAsync(CancellationToken cancellationToken) =>
        [.. (await directory.AllPublishedAsync(cancellationToken)).Select(View)];

    public async Task<ArticleView?> FindAsync(string blog, string language, string handle, CancellationToken cancellationToken) =>
        await directory.FindAsync(blog, language, handle, cancellationToken) is { } article ? View(article) : null;

    public async Task<ArticleView?> FindPreviewAsync(string token, string blog, CancellationToken cancellationToken) =>
        previews.ArticleOf(token) is { } id && await directory.FindForPreviewAsync(id, blog, cancellationToken) is { } article ? View(article) : null;

    public IReadOnlyList<BodyPart> BodyOf(ArticleView article, string language) => ArticleBody.Parse(article.Body.Get(language));

    private static ArticleView View(Article a) =>
        new(a.Id, a.Blog, a.Handle, a.Title, a.Summary, a.Body, a.CoverUrl, a.CoverAlt, a.Author, a.PublishAt, a.UpdatedAt);
}
