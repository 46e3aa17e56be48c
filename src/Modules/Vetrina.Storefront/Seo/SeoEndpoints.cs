using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vetrina.Content.Contracts;
using Vetrina.Kernel;
using Vetrina.Catalog.Contracts;

namespace Vetrina.Storefront.Seo;

/// <summary>robots.txt and the sitemaps: an index at /sitemap.xml pointing at one sitemap per language, with hreflang alternates.</summary>
internal static class SeoEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static IEndpointRouteBuilder MapSeoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext http) => Results.Text(
            $"User-agent: *\nDisallow: /admin\nDisallow: /api/\nDisallow: /*/search\nDisallow: /*/market\nDisallow: /*?*size=\nDisallow: /*?*colour=\nSitemap: {Base(http)}/sitemap.xml\n",
            "text/plain", Encoding.UTF8)).ExcludeFromDescription().AllowAnonymous();

        app.MapGet("/sitemap.xml", (HttpContext http) => Xml(writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNs);
            foreach (var language in Languages.All)
            {
                writer.WriteStartElement("sitemap", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, $"{Base(http)}/sitemaps/{language}.xml");
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        })).ExcludeFromDescription().AllowAnonymous();

        app.MapGet("/sitemaps/{lang}.xml", async (string lang, HttpContext http, ICatalogSnapshots snapshots, IPublishedArticles articles) =>
        {
            if (!Languages.IsSupported(lang))
            {
                return Results.NotFound();
            }

            var snapshot = await snapshots.GetAsync(http.RequestAborted);
            var root = Base(http);
            var pages = new List<(Func<string, string> Path, DateTimeOffset? Modified)> { (l => $"/{l}", null) };
            pages.AddRange(snapshot.Collections.Select(c => ((Func<string, string>)(l => $"/{l}/collections/{c.Handle.Get(l)}"), (DateTimeOffset?)null)));
            pages.AddRange(snapshot.Styles.Select(s => ((Func<string, string>)(l => $"/{l}/products/{s.Handle.Get(l)}"), (DateTimeOffset?)s.CreatedAt)));
            var posts = await articles.AllPublishedAsync(http.RequestAborted);
            pages.AddRange(posts.Select(a => a.Blog).Distinct().Select(b => ((Func<string, string>)(l => $"/{l}/blogs/{b}"), (DateTimeOffset?)null)));
            pages.AddRange(posts.Select(a => ((Func<string, string>)(l => $"/{l}/blogs/{a.Blog}/{a.Handle.Get(l)}"), (DateTimeOffset?)a.UpdatedAt)));
            return Xml(writer =>
            {
                writer.WriteStartElement("urlset", SitemapNs);
                writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
                foreach (var (path, modified) in pages)
                {
                    writer.WriteStartElement("url", SitemapNs);
                    writer.WriteElementString("loc", SitemapNs, root + EscapePath(path(lang)));
                    if (modified is { } date)
                    {
                        writer.WriteElementString("lastmod", SitemapNs, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    foreach (var alternate in Languages.All)
                    {
                        writer.WriteStartElement("xhtml", "link", XhtmlNs);
                        writer.WriteAttributeString("rel", "alternate");
                        writer.WriteAttributeString("hreflang", alternate);
                        writer.WriteAttributeString("href", root + EscapePath(path(alternate)));
                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            });
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    internal static string Base(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    /// <summary>An XML document written whole before it is sent (the writer is synchronous; the response is not).</summary>
    internal static IResult Xml(Action<XmlWriter> write, string contentType = "application/xml")
    {
        var buffer = new StringBuilder();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return Results.Text(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal), contentType, Encoding.UTF8);
    }
}
