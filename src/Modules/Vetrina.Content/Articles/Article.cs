using Vetrina.Kernel;

namespace Vetrina.Content.Articles;

/// <summary>
/// A blog or lookbook post, in Markdown per language (a missing translation falls back to English), with its own slug
/// per language. It is on the shop from <see cref="PublishAt"/>; without one it is a draft.
/// </summary>
internal sealed class Article
{
    private Article()
    {
        Blog = null!;
        Handle = null!;
        Title = null!;
        Summary = null!;
        Body = null!;
        Author = null!;
    }

    public Article(string blog, LocalizedText handle, LocalizedText title, LocalizedText summary, LocalizedText body, string? coverUrl, LocalizedText? coverAlt,
        string author, DateTimeOffset? publishAt, DateTimeOffset at)
    {
        Blog = blog;
        Handle = handle;
        Title = title;
        Summary = summary;
        Body = body;
        CoverUrl = coverUrl;
        CoverAlt = coverAlt;
        Author = author;
        PublishAt = publishAt;
        CreatedAt = at;
        UpdatedAt = at;
    }

    public int Id { get; private set; }

    /// <summary>The blog's handle: journal, lookbook…</summary>
    public string Blog { get; private set; }

    public LocalizedText Handle { get; private set; }

    public LocalizedText Title { get; private set; }

    public LocalizedText Summary { get; private set; }

    /// <summary>Markdown; a line <c>{{product CODE}}</c> shows that style with its live price and stock.</summary>
    public LocalizedText Body { get; private set; }

    public string? CoverUrl { get; private set; }

    public LocalizedText? CoverAlt { get; private set; }

    public string Author { get; private set; }

    public DateTimeOffset? PublishAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsLive(DateTimeOffset now) => PublishAt is { } at && at <= now;

    public void Change(string blog, LocalizedText handle, LocalizedText title, LocalizedText summary, LocalizedText body, string? coverUrl, LocalizedText? coverAlt,
        string author, DateTimeOffset? publishAt, DateTimeOffset at)
    {
        (Blog, Handle, Title, Summary, Body, CoverUrl, CoverAlt, Author, PublishAt, UpdatedAt) =
            (blog, handle, title, summary, body, coverUrl, coverAlt, author, publishAt, at);
    }
}
