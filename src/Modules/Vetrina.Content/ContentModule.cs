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
        .AddModuleModel(typeof(ContentModule).Assembly).AddShopSeed<Seed.ContentSeed>().AddShopSeed<Seed.ShopPagesSeed>()
        .AddScoped<ShopPages.ShopPageDirectory>().AddScoped<Contracts.IShopPages>(sp => sp.GetRequiredService<ShopPages.ShopPageDirectory>())
        .AddScoped<ArticleEditor>()
        .AddScoped<ArticleDirectory>()
        .AddScoped<Contracts.IPublishedArticles, PublishedArticles>()
        .AddScoped<ISeoAuditSource, ContentSeoSource>()
        .AddSingleton<ArticlePreview>()
        .AddBackOfficeLink(BackOfficeGroups.Marketing, "Content", "/admin/content", StaffPolicies.MarketingManage, 60)
        .AddBackOfficeLink(BackOfficeGroups.Marketing, "Shop pages", "/admin/content/pages", StaffPolicies.MarketingManage, 65);

    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder app) => app.MapArticleFeeds();
}
