using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vetrina.Analytics;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel.Security;
using Vetrina.Kernel;
using Vetrina.Markets.Contracts;
using Vetrina.Orders.Contracts;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>Product performance: views, bag adds, units sold and returned, by product or by size (fashion's first reason for returns).</summary>
[Authorize(Policy = StaffPolicies.AnalyticsRead)]
internal sealed class ProductsModel(AnalyticsReports reports, IReturnStatistics returns, IMarketDirectory markets, IOptions<AnalyticsOptions> options,
    TimeProvider clock) : AnalyticsPageModel(options, clock, markets)
{
    public const int Top = 200;

    [BindProperty(SupportsGet = true)]
    public bool BySize { get; set; }

    public IReadOnlyList<ProductRow> Rows { get; private set; } = [];

    /// <summary>Returns by style and colour (and size), with the shoppers' reasons.</summary>
    public IReadOnlyList<ReturnReasonRow> Reasons { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Csv(BySize ? "products-by-size" : "products", ["item_id", "size", "name", "views", "added_units", "add_to_cart_rate", "sold_units", "returned_units",
            "return_rate", "revenue"], Rows.Select(r => new object?[] { r.ItemId, r.Size, r.Name, r.Views, r.AddedUnits, r.AddToCartRate, r.SoldUnits, r.ReturnedUnits,
            r.ReturnRate, Major(r.RevenueMinor) }));
    }

    public async Task<IActionResult> OnGetReturnsCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ReturnReason[] reasons = Enum.GetValues<ReturnReason>();
        return Csv(BySize ? "returns-by-colour-and-size" : "returns-by-colour", ["style", "name", "colour", "size", "sold_units", "returned_units", "return_rate",
            .. reasons.Select(r => Labels.Words(r.ToString()).ToLowerInvariant().Replace(' ', '_')), "no_reason_given", "fit"],
            Reasons.Select(r => (object?[])[r.StyleCode, r.Name, r.Colour, r.Size, r.Sold, r.Returned, r.ReturnRate, .. reasons.Select(x => (object?)r.Of(x)), r.NoReasonGiven, r.Fit]));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await ReadFilterAsync(cancellationToken);
        Rows = await reports.ProductsAsync(Filter, BySize, Top, cancellationToken);
        var zone = ShopZone;
        var from = new DateTimeOffset(Filter.From.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(Filter.From.ToDateTime(TimeOnly.MinValue)));
        var end = Filter.To.AddDays(1).ToDateTime(TimeOnly.MinValue);
        Reasons = [.. ReturnReasons.Group(await returns.ByColourAndSizeAsync(from, new DateTimeOffset(end, zone.GetUtcOffset(end)), Filter.Market, cancellationToken), BySize)
            .Take(Top)];
    }
}
