using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Analytics;
using Vetrina.Analytics.Domain;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>
/// The exchange rates the dashboards add up in. A rate applies from a day on, today at the earliest: a past day keeps the
/// rate it was reported at, even when late events rebuild it.
/// </summary>
[Authorize(Policy = StaffPolicies.AnalyticsRead)]
internal sealed class RatesModel(VetrinaDbContext db, IAuditLog audit, IMarketDirectory markets, IOptions<AnalyticsOptions> options, TimeProvider clock)
    : AnalyticsPageModel(options, clock, markets)
{
    [BindProperty]
    public string? Currency { get; set; }

    [BindProperty]
    public string? ValidFrom { get; set; }

    [BindProperty]
    public string? PerReportingUnit { get; set; }

    public IReadOnlyList<ExchangeRate> Rates { get; private set; } = [];

    public IEnumerable<Currency> Others => Kernel.Currency.All.Where(c => c != Reporting);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!Kernel.Currency.TryFromCode(Currency, out var currency) || currency == Reporting)
        {
            ModelState.AddModelError(nameof(Currency), "Choose a currency other than the reporting currency.");
        }

        if (!DateOnly.TryParseExact(ValidFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            ModelState.AddModelError(nameof(ValidFrom), "Give the first day the rate applies, as YYYY-MM-DD.");
        }
        else if (from < Today)
        {
            ModelState.AddModelError(nameof(ValidFrom), "A rate applies from today on: past days keep the rate they were reported at.");
        }

        if (!decimal.TryParse(PerReportingUnit?.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate <= 0 || rate > 1_000_000)
        {
            ModelState.AddModelError(nameof(PerReportingUnit), $"Give how many {Currency} one {Reporting.Code} buys, a number above zero (1450 or 1.08).");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await db.Set<ExchangeRate>().Where(r => r.Currency == currency.Code && r.ValidFrom == from).ExecuteDeleteAsync(cancellationToken);
        db.Add(new ExchangeRate(currency.Code, from, rate));
        audit.Record("analytics.rate", $"currency:{currency.Code}",
            $"1 {Reporting.Code} = {rate.ToString(CultureInfo.InvariantCulture)} {currency.Code} from {from:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        Flash($"1 {Reporting.Code} = {rate.ToString(CultureInfo.InvariantCulture)} {currency.Code} from {from:d MMM yyyy}.");
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await ReadFilterAsync(cancellationToken);
        Rates = await db.Set<ExchangeRate>().AsNoTracking().OrderBy(r => r.Currency).ThenByDescending(r => r.ValidFrom).ToListAsync(cancellationToken);
    }
}
