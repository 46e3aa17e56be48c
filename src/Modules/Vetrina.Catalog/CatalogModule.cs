using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Editing;
using Vetrina.Catalog.Features.Api;
using Vetrina.Catalog.Media;
using Vetrina.Catalog.ReadModel;
using Vetrina.Catalog.Search;
using Vetrina.Catalog.Seo;
using Vetrina.Catalog.Transfer;

namespace Vetrina.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalogModule(this IServiceCollection services)
    {
        services.AddScoped<CatalogSnapshotBuilder>();
        services.AddScoped<CatalogEditor>();
        services.AddScoped<ISeoAuditSource, CatalogSeoSource>();
        services.AddScoped<CatalogCsvImporter>();
        services.AddScoped<CatalogCsvExporter>();
        services.AddSingleton<ImageUploads>();
        services.AddScoped<IMediaLibrary, MediaLibrary>();
        services.AddSingleton<Seo.Redirects>();
        services.AddSingleton<CatalogSnapshotCache>();
        services.AddSingleton<CatalogSearchIndex>();
        services.AddSingleton<CatalogSearch>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app) =>
        app.MapCatalogApi().MapCatalogWriteApi().MapMediaEndpoints();
}
