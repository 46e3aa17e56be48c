using Vetrina.Kernel;

namespace Vetrina.Content.Contracts;

/// <summary>What the shop shows of blog and lookbook posts: published ones only (a scheduled post appears at its time), and drafts through a signed preview link.</summary>
public interface IPublishedArticles
{
    /// <summary>A blog's latest posts, newest first.</summary>
    Task<IReadOnlyList<ArticleView>> PublishedAsync(string blog, int take, CancellationToken cancellationToken);

    /// <summary>Every published post of every blog, for the sitemaps.</summary>
    Task<IReadOnlyList<ArticleView>> AllPublishedAsync(CancellationToken cancellationToken);

    /// <summary>The published post with this handle in any language, the language's own first.</summary>
    Task<ArticleView?> FindAsync(string blog, string language, string handle, CancellationToken cancellationToken);

    /// <summary>Any post of the blog, published or not, when the preview token is good for it; null for a forged or out-of-date token.</summary>
    Task<ArticleView?> FindPreviewAsync(string token, string blog, CancellationToken cancellationToken);

    /// <summary>The post's body in a language as the shop lays it out: HTML from its Markdown, and product blocks to fill with live price and stock.</summary>
    IReadOnlyList<BodyPart> BodyOf(ArticleView article, string language);
}

/// <summary>A post as the shop shows it.</summary>
public sealed record ArticleView(int Id, string Blog, LocalizedText Handle, LocalizedText Title, LocalizedText Summary, LocalizedText Body, string? CoverUrl,
    LocalizedText? CoverAlt, string Author, DateTimeOffset? PublishAt, DateTimeOffset UpdatedAt);

/// <summary>One piece of a post's body: HTML made from Markdown, or a product block by style code.</summary>
public abstract record BodyPart;

public sealed record MarkdownPart(string Html) : BodyPart;

public sealed record ProductPart(string StyleCode) : BodyPart;
