using Microsoft.Extensions.Options;
using Vetrina.Analytics.Contracts;

namespace Vetrina.Analytics.Reporting;

internal sealed class CampaignResults(AnalyticsReports reports, IOptions<AnalyticsOptions> options) : ICampaignResults
{
    /// <summary>The attribution window of the ad-spend report.</summary>
    private const int LookbackDays = 30;

    public async Task<CampaignResult> ForAsync(string campaign, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var total = (await reports.AdSpendAsync(new ReportFilter(from, to, Campaign: campaign), LookbackDays, cancellationToken)).Total;
        return new CampaignResult(total.Impressions, total.Clicks, total.CostMinor, total.Orders, total.RevenueMinor, options.Value.ReportingCurrency);
    }

    public async Task<IReadOnlyDictionary<string, CampaignEarnings>> EarningsAsync(IReadOnlyCollection<string> campaigns, DateOnly from, DateOnly to,
        int lookbackDays, CancellationToken cancellationToken)
    {
        var last = (int)AttributionModel.LastClick;
        return (await reports.AttributionAsync(new ReportFilter(from, to), lookbackDays, byCampaign: true, cancellationToken, [.. campaigns]))
            .ToDictionary(row => row.Key, row => new CampaignEarnings(row.Orders[last], row.RevenueMinor[last]));
    }
}
