using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Contracts;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Editing;
using Vetrina.Catalog.Features.Api;
using Vetrina.Catalog.Media;
using Vetrina.Catalog.Pages.Admin;
using Vetrina.Catalog.ReadModel;
using Vetrina.Catalog.Search;
using Vetrina.Catalog.Seo;
using Vetrina.Catalog.Transfer;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalogModule(this IServiceCollection services)
    {
        services.AddModuleModel(typeof(CatalogModule).Assembly).AddShopSeed<Seed.CatalogSeed>();
        services.AddScoped<CatalogSnapshotBuilder>();
        services.AddScoped<CatalogEditor>();
        services.AddScoped<ISeoAuditSource, CatalogSeoSource>();
        services.AddScoped<CatalogCsvImporter>();
        services.AddScoped<CatalogCsvExporter>();
        services.AddSingleton<ImageUploads>();
        services.AddOptions<MediaOptions>().BindConfiguration("Vetrina:Media");
        services.AddSingleton<ImageVariants>();
        services.AddScoped<IMediaLibrary, MediaLibrary>();
        services.AddScoped<ICatalogCodes, Editing.CatalogCodes>();
        services.AddSingleton<Seo.Redirects>().AddSingleton<IRedirects>(s => s.GetRequiredService<Seo.Redirects>());
        services.AddSingleton<CatalogSnapshotCache>();
        services.AddSingleton<ICatalogSnapshots>(sp => sp.GetRequiredService<CatalogSnapshotCache>());
        services.AddSingleton<CatalogSearchIndex>();
        services.AddSingleton<CatalogSearch>().AddSingleton<ICatalogBrowser>(s => s.GetRequiredService<CatalogSearch>());
        services.AddSingleton<ISkuDirectory, SkuDirectory>();
        services.AddStaffPolicy(StaffPolicies.CatalogueRead, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager)
            .AddStaffPolicy(StaffPolicies.CatalogueWrite, StaffRoles.Admin, StaffRoles.EcommerceManager)
            .AddStaffPolicy(StaffPolicies.SeoManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager)
            .AddApiTokenPolicy(StaffPolicies.ApiCatalogueWrite, StaffRoles.Admin, StaffRoles.EcommerceManager)
            .AddBackOfficeLink(BackOfficeGroups.Catalogue, "Styles", "/admin/styles", StaffPolicies.CatalogueRead, 10)
            .AddBackOfficeLink(BackOfficeGroups.Catalogue, "SEO", "/admin/seo", StaffPolicies.CatalogueRead, 20)
            .AddBackOfficeLink(BackOfficeGroups.Catalogue, "Import / export", "/admin/catalog/import", StaffPolicies.CatalogueWrite, 30)
            .AddBackOfficeCard<CatalogueCard>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCatalogApi().MapCatalogWriteApi().MapMediaEndpoints();
        app.MapGet("/admin/catalog/export.csv", async (HttpContext http, CatalogCsvExporter exporter, IMarketDirectory markets) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"catalogue.csv\"";
            var codes = (await markets.AllAsync(http.RequestAborted)).Select(m => m.Code).ToList();
            // A byte-order mark, so that Excel opens the Italian and Korean text as UTF-8.
            await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await exporter.WriteAsync(writer, codes, http.RequestAborted);
        }).RequireAuthorization(StaffPolicies.CatalogueRead).ExcludeFromDescription();
        return app;
    }
}
