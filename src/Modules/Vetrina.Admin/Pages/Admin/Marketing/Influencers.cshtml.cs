using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Data;
using Vetrina.Kernel.Security;
using Vetrina.Marketing.Influencers;

namespace Vetrina.Admin.Pages.Admin.Marketing;

/// <summary>
/// Influencers: their code and link, what they earned this month and in all (orders, net sales after returns,
/// commission), the programme's rules, monthly statements, payments and the export for accounting.
/// </summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
public sealed class InfluencersModel(VetrinaDbContext db, InfluencerRoster roster, InfluencerAttribution attribution, InfluencerStatements statements)
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

    public IReadOnlyList<Row> Influencers { get; private set; } = [];

    public IReadOnlyList<(InfluencerStatement Statement, string Handle)> Statements { get; private set; } = [];

    public sealed record Row(Influencer Influencer, int Orders, int Returned, IReadOnlyList<(string Currency, long Net, long Commission)> Earned);

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
        if (!await statements.PayAsync(StatementId, Reference, cancellationToken))
        {
            ModelState.AddModelError(nameof(Reference), "Give the payment's reference (a bank transfer id); a statement is paid once.");
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
        var earned = await db.Set<InfluencerOrder>().AsNoTracking()
            .GroupBy(o => new { o.InfluencerId, o.Currency })
            .Select(g => new { g.Key.InfluencerId, g.Key.Currency, Orders = g.Count(), Zero = g.Count(o => o.NetSalesMinor == 0), Net = g.Sum(o => o.NetSalesMinor), Commission = g.Sum(o => o.CommissionMinor) })
            .ToListAsync(cancellationToken);
        Influencers = [.. (await db.Set<Influencer>().AsNoTracking().OrderBy(i => i.Handle).ToListAsync(cancellationToken)).Select(i =>
        {
            var mine = earned.Where(e => e.InfluencerId == i.Id).ToList();
            return new Row(i, mine.Sum(e => e.Orders), mine.Sum(e => e.Zero), [.. mine.Select(e => (e.Currency, e.Net, e.Commission))]);
        })];
        Statements = [.. (await db.Set<InfluencerStatement>().AsNoTracking().OrderByDescending(s => s.Month).Take(200)
            .Join(db.Set<Influencer>(), s => s.InfluencerId, i => i.Id, (s, i) => new { s, i.Handle }).ToListAsync(cancellationToken)).Select(r => (r.s, r.Handle))];
    }

    public static string Money(long minor, string currency) => new Kernel.Money(minor, Kernel.Currency.FromCode(currency)).Format();
}
