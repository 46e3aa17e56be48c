using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vetrina.Analytics;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>Orders and net sales credited to channels or campaigns under the five models side by side, with a lookback of the reader's choice.</summary>
[Authorize(Policy = StaffPolicies.AnalyticsRead)]
internal sealed class AttributionModel(AnalyticsReports reports, IMarketDirectory markets, IOptions<AnalyticsOptions> options, TimeProvider clock)
    : AnalyticsPageModel(options, clock, markets)
{
    public const int LongestLookback = 90;

    [BindProperty(SupportsGet = true)]
    public int Lookback { get; set; } = 30;

    [BindProperty(SupportsGet = true)]
    public bool ByCampaign { get; set; }

    public IReadOnlyList<AttributedRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var models = Attribution.Models;
        return Csv(ByCampaign ? "attribution-by-campaign" : "attribution-by-channel",
            [ByCampaign ? "campaign" : "channel", .. models.Select(m => $"orders_{m}"), .. models.Select(m => $"revenue_{m}")],
            Rows.Select(r => new object?[] { r.Key }.Concat(r.Orders.Cast<object?>()).Concat(r.RevenueMinor.Select(v => (object?)Major(v)))));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await ReadFilterAsync(cancellationToken);
        if (Lookback is < 1 or > LongestLookback)
        {
            ModelState.AddModelError(nameof(Lookback), $"The lookback is 1 to {LongestLookback} days; showing 30.");
            Lookback = 30;
        }

        Rows = await reports.AttributionAsync(Filter, Lookback, ByCampaign, cancellationToken);
    }
}
