using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.EmailMarketing.Campaigns;
using Vetrina.EmailMarketing.Segments;
using Vetrina.Kernel.Security;

namespace Vetrina.EmailMarketing.Pages.Admin.Email;

/// <summary>Segments: rules built row by row, counted before saving, and every saved segment with how many it holds right now.</summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class SegmentsModel(VetrinaDbContext db, SegmentQuery query, EmailPlanner planner) : AdminPageModel
{
    public const int Rows = 6;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<RuleRow> Rules { get; set; } = [];

    public int? Count { get; private set; }

    public IReadOnlyList<(Segment Segment, int Count)> Saved { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCountAsync(CancellationToken cancellationToken)
    {
        var (contacts, errors) = await query.BuildAsync(Conditions(), cancellationToken);
        Show(errors);
        Count = errors.Count == 0 ? await contacts.CountAsync(cancellationToken) : null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (segment, errors) = await planner.SaveSegmentAsync(new SegmentInput(Name, Conditions()), cancellationToken);
        if (segment is not null)
        {
            Flash($"Segment {segment.Name} saved.");
            return RedirectToPage();
        }

        Show(errors.ToDictionary(e => e.Key.Replace("conditions[", "", StringComparison.Ordinal).TrimEnd(']'), e => e.Value));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private List<SegmentCondition> Conditions() =>
        [.. Rules.Where(r => !string.IsNullOrWhiteSpace(r.Field)).Select(r => new SegmentCondition(r.Field!, r.Operator ?? "",
            (r.Values ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), r.Join == "or"))];

    private void Show(IReadOnlyDictionary<string, string> errors)
    {
        // Errors name the position among the filled rows; map them back to the form's rows.
        var filled = Rules.Select((r, i) => (r, i)).Where(x => !string.IsNullOrWhiteSpace(x.r.Field)).Select(x => x.i).ToList();
        foreach (var (key, message) in errors)
        {
            var field = int.TryParse(key, out var position) && position < filled.Count ? $"Rules[{filled[position]}].Values" : key == "name" ? "Name" : "Rules";
            ModelState.AddModelError(field, message);
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        while (Rules.Count < Rows)
        {
            Rules.Add(new RuleRow());
        }

        var saved = new List<(Segment, int)>();
        foreach (var segment in await db.Set<Segment>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken))
        {
            var (contacts, _) = await query.BuildAsync(segment.Conditions, cancellationToken);
            saved.Add((segment, await contacts.CountAsync(cancellationToken)));
        }

        Saved = saved;
    }

    public sealed class RuleRow
    {
        public string? Field { get; set; }

        public string? Operator { get; set; }

        public string? Values { get; set; }

        /// <summary>"or" makes the rule an alternative to the one before it; anything else is "and".</summary>
        public string? Join { get; set; }
    }
}
