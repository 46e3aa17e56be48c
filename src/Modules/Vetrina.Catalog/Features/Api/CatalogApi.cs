using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Browsing;
using Vetrina.Catalog.ReadModel;
using Vetrina.Catalog.Search;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;

namespace Vetrina.Catalog.Features.Api;

/// <summary>Public read endpoints of the catalogue under /api/v1.</summary>
internal static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Catalog").AllowAnonymous();
        group.MapGet("/styles", ListStyles).WithName("ListStyles").WithSummary("Lists listed styles, newest first.");
        group.MapGet("/styles/{code}", GetStyle).WithName("GetStyle").WithSummary("One style with its colourways and variants.");
        group.MapGet("/collections", ListCollections).WithName("ListCollections").WithSummary("The storefront collections.");
        group.MapGet("/collections/{handle}/styles", BrowseCollection).WithName("BrowseCollection").WithSummary("A collection's styles with facets.");
        group.MapGet("/search", SearchStyles).WithName("SearchStyles").WithSummary("Full-text search with typo tolerance and facets.");
        return app;
    }

    private static async Task<Results<Ok<PageOf<StyleSummaryDto>>, ValidationProblem, StatusCodeHttpResult>> ListStyles(
        HttpContext http, CatalogSnapshotCache snapshots, IMarketDirectory markets,
        string? lang, string? market, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (context, errors) = await ApiContext.ResolveAsync(markets, lang, market, page, pageSize, cancellationToken);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        if (ETags.NotModified(http, $"styles-{snapshot.Version}-{context.Language}-{context.Market}-{context.Page}-{context.PageSize}"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var styles = snapshot.Styles.Where(s => s.PriceIn(context.Market) is not null).ToList();
        var items = styles.Skip((context.Page - 1) * context.PageSize).Take(context.PageSize)
            .Select(s => CatalogApiMapping.Summary(s, context.Language, context.Market)).ToList();
        var pageCount = Math.Max(1, (styles.Count + context.PageSize - 1) / context.PageSize);
        return TypedResults.Ok(new PageOf<StyleSummaryDto>(items, context.Page, context.PageSize, styles.Count, pageCount));
    }

    private static async Task<Results<Ok<StyleDto>, ValidationProblem, ProblemHttpResult, StatusCodeHttpResult>> GetStyle(
        HttpContext http, CatalogSnapshotCache snapshots, IMarketDirectory markets, string code, string? lang, string? market, CancellationToken cancellationToken)
    {
        var (context, errors) = await ApiContext.ResolveAsync(markets, lang, market, null, null, cancellationToken);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var style = snapshot.FindStyleByCode(code);
        if (style is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Style not found",
                detail: $"No listed style has the code '{code}'. List styles at /api/v1/styles.");
        }

        if (ETags.NotModified(http, $"style-{style.Id}-{style.Revision}-{snapshot.Version}-{context.Language}-{context.Market}"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(CatalogApiMapping.Detail(snapshot, style, context.Language, context.Market));
    }

    private static async Task<Results<Ok<IReadOnlyList<CollectionDto>>, ValidationProblem>> ListCollections(
        CatalogSnapshotCache snapshots, IMarketDirectory markets, string? lang, CancellationToken cancellationToken)
    {
        var (context, errors) = await ApiContext.ResolveAsync(markets, lang, null, null, null, cancellationToken);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        IReadOnlyList<CollectionDto> collections = [.. snapshot.Collections.Select(c => new CollectionDto(
            c.Handle.Get(context.Language), c.Title.Get(context.Language), c.Description.Get(context.Language),
            $"/{context.Language}/collections/{c.Handle.Get(context.Language)}"))];
        return TypedResults.Ok(collections);
    }

    private static async Task<Results<Ok<SearchResultDto>, ValidationProblem, ProblemHttpResult>> BrowseCollection(
        CatalogSnapshotCache snapshots, IMarketDirectory markets, string handle, string? lang, string? market, int? page, int? pageSize,
        string? size, string? colour, string? season, string? material, string? sort, CancellationToken cancellationToken)
    {
        var (context, errors) = await ApiContext.ResolveAsync(markets, lang, market, page, pageSize, cancellationToken);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var collection = snapshot.FindCollection(context.Language, handle);
        if (collection is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Collection not found",
                detail: $"No collection has the handle '{handle}' in '{context.Language}'. List them at /api/v1/collections.");
        }

        var request = ApiContext.Browse(context, size, colour, season, material, sort);
        var result = CatalogBrowser.Browse(snapshot.StylesIn(collection), context.Market, request);
        return TypedResults.Ok(ToResult(handle, result, context));
    }

    private static async Task<Results<Ok<SearchResultDto>, ValidationProblem>> SearchStyles(
        CatalogSearch search, IMarketDirectory markets, string? q, string? lang, string? market, int? page, int? pageSize,
        string? size, string? colour, string? season, string? material, string? sort, CancellationToken cancellationToken)
    {
        var (context, errors) = await ApiContext.ResolveAsync(markets, lang, market, page, pageSize, cancellationToken);
        errors ??= new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q))
        {
            errors["q"] = ["Give a search text, e.g. ?q=cardigan."];
        }
        else if (q.Length > ICatalogBrowser.MaxQueryLength)
        {
            errors["q"] = [$"A search text has at most {ICatalogBrowser.MaxQueryLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var request = ApiContext.Browse(context, size, colour, season, material, sort);
        var result = await search.SearchAsync(context.Language, context.Market, q!, request, null, cancellationToken);
        return TypedResults.Ok(ToResult(q!, result, context));
    }

    private static SearchResultDto ToResult(string query, BrowseResult result, ApiContext context) => new(
        query,
        [.. result.Items.Select(s => CatalogApiMapping.Summary(s, context.Language, context.Market))],
        result.Page, result.PageSize, result.Total, result.PageCount, CatalogApiMapping.Facets(result));
}
