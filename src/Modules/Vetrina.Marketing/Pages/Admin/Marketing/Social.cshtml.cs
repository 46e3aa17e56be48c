using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Admin.Contracts;
using Vetrina.Data;
using Vetrina.Kernel.Security;
using Vetrina.Kernel;
using Vetrina.Marketing.Social;

namespace Vetrina.Marketing.Pages.Admin.Marketing;

/// <summary>
/// The social calendar: posts per network by week with their shoppable links, engagement imported from the networks'
/// exports, and the engagement rate per post and per network (docs/kpis.md).
/// </summary>
[Authorize(Policy = StaffPolicies.MarketingManage)]
internal sealed class SocialModel(VetrinaDbContext db, SocialCalendar calendar, EngagementImport engagement, IOptions<SiteOptions> site) : AdminPageModel
{
    [BindProperty]
    public SocialNetwork? Network { get; set; }

    /// <summary>As the browser's datetime-local input gives it, read as UTC.</summary>
    [BindProperty]
    public string? ScheduledAt { get; set; }

    [BindProperty]
    public string? Caption { get; set; }

    [BindProperty]
    public string? Language { get; set; } = "it";

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? Campaign { get; set; }

    public IReadOnlyList<SocialPost> Posts { get; private set; } = [];

    public EngagementResult? Imported { get; private set; }

    public string PublicUrl => site.Value.PublicUrl;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? at = DateTime.TryParse(ScheduledAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when)
            ? new DateTimeOffset(when, TimeSpan.Zero) : null;
        var (post, errors) = await calendar.PlanAsync(new PostInput(Network, at, Caption, Language, Target, Campaign), cancellationToken);
        if (post is not null)
        {
            Flash($"Post planned for {post.ScheduledAt:yyyy-MM-dd HH:mm} UTC on {post.Network}.");
            return RedirectToPage();
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            // The form reader has buffered the upload already: the CSV parser may read it synchronously.
            await using var stream = file.OpenReadStream();
            Imported = await engagement.ImportAsync(stream, cancellationToken);
            if (Imported.Errors.Count > 0)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Posts = await db.Set<SocialPost>().AsNoTracking().OrderByDescending(p => p.ScheduledAt).Take(200).ToListAsync(cancellationToken);


    public static string Rate(decimal? rate) => rate is { } r ? r.ToString("0.00%", CultureInfo.InvariantCulture) : "—";
}
