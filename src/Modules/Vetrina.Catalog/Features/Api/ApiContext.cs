using Vetrina.Catalog.Contracts;
using Vetrina.Catalog.Browsing;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;

namespace Vetrina.Catalog.Features.Api;

/// <summary>Language, market and paging of an API call, checked once for every endpoint.</summary>
internal sealed record ApiContext(string Language, string Market, int Page, int PageSize)
{
    public const int MaxPage = 10_000;

    public static async Task<(ApiContext Context, Dictionary<string, string[]>? Errors)> ResolveAsync(
        IMarketDirectory markets, string? lang, string? market, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (lang is not null && !Languages.IsSupported(lang))
        {
            errors["lang"] = [$"Use one of: {string.Join(", ", Languages.All)}."];
        }

        var language = Languages.Normalize(lang);
        var resolved = market is null ? await markets.DefaultForLanguageAsync(language, cancellationToken) : await markets.FindAsync(market, cancellationToken);
        if (resolved is null)
        {
            var all = await markets.AllAsync(cancellationToken);
            errors["market"] = [$"Unknown market '{market}'. Use one of: {string.Join(", ", all.Select(m => m.Code))}."];
        }

        if (page is < 1 or > MaxPage)
        {
            errors["page"] = [$"A page number lies between 1 and {MaxPage}."];
        }

        if (pageSize is < 1 or > BrowseRequest.MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds between 1 and {BrowseRequest.MaxPageSize} items."];
        }

        var context = new ApiContext(language, resolved?.Code ?? string.Empty, page ?? 1, pageSize ?? BrowseRequest.DefaultPageSize);
        return (context, errors.Count > 0 ? errors : null);
    }

    public static BrowseRequest Browse(ApiContext context, string? size, string? colour, string? season, string? material, string? sort) => new()
    {
        Sizes = Split(size),
        Colours = Split(colour),
        Seasons = Split(season),
        Materials = Split(material),
        Sort = SortOrders.Parse(sort),
        Page = context.Page,
        PageSize = context.PageSize,
    };

    private static string[] Split(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
