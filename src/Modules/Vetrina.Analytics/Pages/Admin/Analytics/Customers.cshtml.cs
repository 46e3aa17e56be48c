using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vetrina.Analytics;
using Vetrina.Analytics.Reporting;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>Monthly acquisition cohorts: who came back to buy, month after month, and what each customer is worth to date.</summary>
[Authorize(Policy = StaffPolicies.AnalyticsRead)]
internal sealed class CustomersModel(AnalyticsReports reports, IMarketDirectory markets, IOptions<AnalyticsOptions> options, TimeProvider clock)
    : AnalyticsPageModel(options, clock, markets)
{
    public CohortReport Report { get; private set; } = new([], 0, null, null);

    public int Months => Report.Cohorts.Count == 0 ? 0 : Report.Cohorts.Max(c => c.Active.Count);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Csv("cohorts", ["cohort", "customers", "months_after", "active_share", "value_per_customer"],
            Report.Cohorts.SelectMany(c => c.Active.Select((share, k) => new object?[]
            {
                c.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), c.Customers, k, share, Major(c.ValuePerCustomerMinor[k]),
            })));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Cohorts are read by month: a year by default.
        await ReadFilterAsync(cancellationToken, defaultDays: 365);
        Report = await reports.CohortsAsync(Filter, cancellationToken);
    }
}
