using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Vetrina.Content.Contracts;
using Vetrina.Kernel;

namespace Vetrina.Content.Articles;

/// <summary><c>/{lang}/blogs/{blog}.atom</c> and <c>.rss</c>: the latest 30 published posts of a blog in a language.</summary>
internal static class ArticleFeeds
{
    public static IEndpointRouteBuilder MapArticleFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{lang:regex(^(en|it|ko)$)}/blogs/{blog}.atom", (string lang, string blog, HttpContext http, ArticleDirectory articles, IConfiguration configuration,
            CancellationToken cancellationToken) => WriteAsync(lang, blog, http, articles, configuration, atom: true, cancellationToken)).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/{lang:regex(^(en|it|ko)$)}/blogs/{blog}.rss", (string lang, string blog, HttpContext http, ArticleDirectory articles, IConfiguration configuration,
            CancellationToken cancellationToken) => WriteAsync(lang, blog, http, articles, configuration, atom: false, cancellationToken)).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> WriteAsync(string lang, string blog, HttpContext http, ArticleDirectory articles, IConfiguration configuration, bool atom,
        CancellationToken cancellationToken)
    {
        var posts = await articles.PublishedAsync(blog.ToLowerInvariant(), 30, cancellationToken);
        if (posts.Count == 0)
        {
            return Results.NotFound();
        }

        var site = $"{http.Request.Scheme}://{http.Request.Host}";
        var brand = configuration["Vetrina:Brand:Name"] ?? "Vetrina";
        var feed = new SyndicationFeed($"{brand} · {Blogs.Title(blog, lang)}", "", new Uri($"{site}/{lang}/blogs/{blog}"), $"{site}/{lang}/blogs/{blog}",
            posts.Max(p => p.PublishAt!.Value))
        {
            Language = lang,
            Items = [.. posts.Select(p =>
            {
                var link = new Uri($"{site}/{lang}/blogs/{blog}/{p.Handle.Get(lang)}");
                var item = new SyndicationItem(p.Title.Get(lang), p.Summary.Get(lang), link, link.ToString(), p.UpdatedAt) { PublishDate = p.PublishAt!.Value };
                item.Authors.Add(new SyndicationPerson { Name = p.Author });
                return item;
            })],
        };
        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            SyndicationFeedFormatter formatter = atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed);
            formatter.WriteTo(writer);
        }

        return Results.Bytes(buffer.ToArray(), atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
    }
}
