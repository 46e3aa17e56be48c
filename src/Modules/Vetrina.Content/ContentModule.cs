using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Content.Articles;

namespace Vetrina.Content;

/// <summary>Content marketing: blog and lookbook posts in Markdown per language, shoppable, scheduled, with feeds.</summary>
public static class ContentModule
{
    public static IServiceCollection AddContentModule(this IServiceCollection services) => services
        .AddScoped<ArticleEditor>()
        .AddScoped<ArticleDirectory>()
        .AddSingleton<ArticlePreview>();

    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder app) => app.MapArticleFeeds();
}
