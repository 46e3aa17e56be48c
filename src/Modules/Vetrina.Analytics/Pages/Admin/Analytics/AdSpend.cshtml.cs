using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Analytics;
using Vetrina.Analytics.Reporting;
using Vetrina.Analytics.Spend;
using Vetrina.Data;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>Ad cost imported from Google Ads and Meta exports, and what each campaign returned: CTR, CPC, CPA, ROAS.</summary>
[Authorize(Policy = StaffPolicies.AnalyticsRead)]
internal sealed class AdSpendModel(AnalyticsReports reports, AdSpendImporter importer, VetrinaDbContext db, IMarketDirectory markets,
    IOptions<AnalyticsOptions> options, TimeProvider clock) : AnalyticsPageModel(options, clock, markets)
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public AdNetwork Network { get; set; }

    public SpendImportResult? Result { get; private set; }

    public SpendReport Report { get; private set; } = new([], new SpendRow("", null, 0, 0, 0, 0, 0));

    public IReadOnlyList<AdSpendImport> Imports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose the CSV file the ad network exported.");
        }
        else if (Upload.Length > AdSpendImporter.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The file is over 10 MB: export a shorter period.");
        }

        if (ModelState.IsValid)
        {
            using var reader = new StreamReader(Upload!.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            Result = await importer.ImportAsync(await reader.ReadToEndAsync(cancellationToken), Upload.FileName, Network, Actor, cancellationToken);
        }

        if (!ModelState.IsValid || Result is { Succeeded: false })
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Csv("ad-spend", ["campaign", "network", "impressions", "clicks", "ctr", "cost", "cpc", "orders_last_click", "revenue_last_click", "cpa", "roas"],
            Report.Campaigns.Select(r => new object?[]
            {
                r.Campaign, r.Network, r.Impressions, r.Clicks, r.ClickThroughRate, Major(r.CostMinor), r.CostPerClickMinor is { } cpc ? Major(cpc) : null,
                r.Orders, Major(r.RevenueMinor), r.CostPerAcquisitionMinor is { } cpa ? Major(cpa) : null, r.ReturnOnAdSpend,
            }));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await ReadFilterAsync(cancellationToken);
        Report = await reports.AdSpendAsync(Filter, lookbackDays: 30, cancellationToken);
        Imports = await db.Set<AdSpendImport>().AsNoTracking().OrderByDescending(i => i.Id).Take(20).ToListAsync(cancellationToken);
    }
}
