using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Content.Articles;
using Vetrina.Kernel.Security;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Content;

/// <summary>Content marketing: blog and lookbook posts in Markdown per language, shoppable, scheduled, with feeds.</summary>
public static class ContentModule
{
    public static IServiceCollection AddContentModule(this IServiceCollection services) => services
        .AddModuleModel(typeof(ContentModule).Assembly).AddShopSeed<Seed.ContentSeed>()
        .AddScoped<ArticleEditor>()
        .AddScoped<ArticleDirectory>()
        .AddScoped<Contracts.IPublishedArticles, PublishedArticles>()
        .AddScoped<ISeoAuditSource, ContentSeoSource>()
        .AddSingleton<ArticlePreview>()
        .AddBackOfficeLink(BackOfficeGroups.Marketing, "Content", "/admin/content", StaffPolicies.MarketingManage, 60);

    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder app) => app.MapArticleFeeds();
}
