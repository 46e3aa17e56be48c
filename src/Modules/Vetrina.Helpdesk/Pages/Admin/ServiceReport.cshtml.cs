using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Helpdesk.Sla;
using Vetrina.Kernel.Security;

namespace Vetrina.Helpdesk.Pages.Admin;

/// <summary>The service report: targets met, response and resolution times, satisfaction; by agent, topic and channel.</summary>
[Authorize(Policy = StaffPolicies.ServiceAnswer)]
internal sealed class ServiceReportModel(ServiceReport report, TimeProvider clock) : AdminPageModel
{
    public const int LongestPeriodDays = 366;

    /// <summary>First day of the period (UTC), included.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Last day of the period (UTC), included.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public ServiceReport.Figures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Service report";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        To ??= today;
        From ??= To.Value.AddDays(-29);
        if (!ModelState.IsValid || From > To || To.Value.DayNumber - From.Value.DayNumber >= LongestPeriodDays)
        {
            ModelState.AddModelError(nameof(From), $"Give a period of 1 to {LongestPeriodDays} days as dates (yyyy-mm-dd), the first day before the last.");
            (From, To) = (today.AddDays(-29), today);
        }

        Figures = await report.ForAsync(Start(From.Value), Start(To.Value.AddDays(1)), cancellationToken);
        return Page();
    }

    public static string Percent(double? share) => share is { } s ? s.ToString("P0", CultureInfo.GetCultureInfo("en-GB")) : "—";

    public static string Hours(double? seconds) => seconds is { } s ? WorkingTime.Format(s) : "—";

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
