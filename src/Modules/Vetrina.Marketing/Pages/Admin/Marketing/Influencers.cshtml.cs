using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vetrina.Admin.Contracts;
using Vetrina.Kernel.Security;
using Vetrina.Marketing.Influencers;

namespace Vetrina.Marketing.Pages.Admin.Marketing;

/// <summary>
/// Influencers: their code and link, what they earned this month and in all (orders, net sales after returns,
/// commission), the programme's rules, monthly statements, payments and the export for accounting.
/// </summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class InfluencersModel(InfluencerRoster roster, InfluencerAttribution attribution, InfluencerStatements statements, InfluencerReport report)
    : AdminPageModel
{
    [BindProperty]
    public InfluencerInput Input { get; set; } = new(null, null, null, null, null, 10, 5);

    [BindProperty]
    public int? CookieDays { get; set; }

    [BindProperty]
    public ConflictRule Conflict { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public int StatementId { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    public IReadOnlyList<InfluencerSummary> Influencers { get; private set; } = [];

    public IReadOnlyList<(InfluencerStatement Statement, string Handle)> Statements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (influencer, errors) = await roster.AddAsync(Input, cancellationToken);
        if (influencer is not null)
        {
            Flash($"{influencer.Name} added: their link is /i/{influencer.Handle}.");
            return RedirectToPage();
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        return await InvalidAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostProgramAsync(CancellationToken cancellationToken)
    {
        if (await roster.ChangeProgramAsync(CookieDays, Conflict, cancellationToken) is { } error)
        {
            ModelState.AddModelError(nameof(CookieDays), error);
            return await InvalidAsync(cancellationToken);
        }

        Flash("Programme rules saved.");
        return RedirectToPage();
    }

    /// <summary>Brings attribution up to date, then issues the month's statements.</summary>
    public async Task<IActionResult> OnPostStatementsAsync(CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", out var month))
        {
            ModelState.AddModelError(nameof(Month), "Pick a month, like 2026-11.");
            return await InvalidAsync(cancellationToken);
        }

        await attribution.RunAsync(cancellationToken);
        var issued = await statements.IssueAsync(month, cancellationToken);
        Flash($"{issued} statement(s) for {month:yyyy-MM}.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPayAsync(CancellationToken cancellationToken)
    {
        var paid = await statements.PayAsync(StatementId, Reference, cancellationToken);
        if (paid != StatementPayment.Paid)
        {
            ModelState.AddModelError(nameof(Reference), paid switch
            {
                StatementPayment.Unknown => "This statement no longer exists: reload the page.",
                StatementPayment.AlreadyPaid => "This statement is already paid; a statement is paid once.",
                _ => "Give the payment's reference (a bank transfer id).",
            });
            return await InvalidAsync(cancellationToken);
        }

        Flash("Statement marked paid.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        File(await statements.CsvAsync(cancellationToken), "text/csv; charset=utf-8", "influencer-statements.csv");

    private async Task<IActionResult> InvalidAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var program = await roster.ProgramAsync(cancellationToken);
        CookieDays ??= program.CookieDays;
        Conflict = program.Conflict;
        Month ??= DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Influencers = await report.SummariesAsync(cancellationToken);
        Statements = await report.StatementsAsync(200, cancellationToken);
    }

    public static string Money(long minor, string currency) => new Kernel.Money(minor, Kernel.Currency.FromCode(currency)).Format();
}
