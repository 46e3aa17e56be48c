using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vetrina.Analytics;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>Product performance: views, bag adds, units sold and returned, by product or by size (fashion's first reason for returns).</summary>
[Authorize(Policy = StaffPolicies.AnalyticsRead)]
internal sealed class ProductsModel(AnalyticsReports reports, IMarketDirectory markets, IOptions<AnalyticsOptions> options, TimeProvider clock)
    : AnalyticsPageModel(options, clock, markets)
{
    public const int Top = 200;

    [BindProperty(SupportsGet = true)]
    public bool BySize { get; set; }

    public IReadOnlyList<ProductRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Csv(BySize ? "products-by-size" : "products", ["item_id", "size", "name", "views", "added_units", "add_to_cart_rate", "sold_units", "returned_units",
            "return_rate", "revenue"], Rows.Select(r => new object?[] { r.ItemId, r.Size, r.Name, r.Views, r.AddedUnits, r.AddToCartRate, r.SoldUnits, r.ReturnedUnits,
            r.ReturnRate, Major(r.RevenueMinor) }));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await ReadFilterAsync(cancellationToken);
        Rows = await reports.ProductsAsync(Filter, BySize, Top, cancellationToken);
    }
}
