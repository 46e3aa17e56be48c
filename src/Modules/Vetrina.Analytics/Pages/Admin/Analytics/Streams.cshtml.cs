using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vetrina.Analytics.Domain;
using Vetrina.Analytics.Streams;
using Vetrina.Data;
using Vetrina.Data.Audit;
using Vetrina.Kernel.Security;
using Vetrina.Markets.Contracts;

namespace Vetrina.Analytics.Pages.Admin.Analytics;

/// <summary>
/// Data streams: the servers and tools allowed to send events to the collector with a secret (GA4's Measurement Protocol
/// <c>api_secret</c>). A secret is shown once, when its stream is made; revoking a stream refuses its secret within a minute.
/// </summary>
[Authorize(Policy = StaffPolicies.AnalyticsManage)]
internal sealed class StreamsModel(VetrinaDbContext db, IAuditLog audit, StreamSecrets secrets, IMarketDirectory markets, IOptions<AnalyticsOptions> options, TimeProvider clock)
    : AnalyticsPageModel(options, clock, markets)
{
    public const string SecretPrefix = "vas_";

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The secret of the stream just made, shown once.</summary>
    public string? Secret { get; private set; }

    public IReadOnlyList<DataStream> Streams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim() ?? "";
        if (name.Length is 0 or > DataStream.NameLength)
        {
            ModelState.AddModelError(nameof(Name), $"Name the stream after what sends its events, e.g. \"Order server\" (at most {DataStream.NameLength} characters).");
        }
        else if (await db.Set<DataStream>().AnyAsync(s => s.Name == name && s.RevokedAt == null, cancellationToken))
        {
            ModelState.AddModelError(nameof(Name), $"An active stream is already called \"{name}\": choose another name, or revoke that one first.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var secret = IssuedSecrets.New(SecretPrefix);
        db.Add(new DataStream(name, IssuedSecrets.HashOf(secret), Now, Actor));
        audit.Record("analytics.stream-created", $"stream:{name}", "A data stream and its api_secret.");
        await db.SaveChangesAsync(cancellationToken);
        Secret = secret;
        Name = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Set<DataStream>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { Active: true } stream)
        {
            stream.Revoke(Now);
            audit.Record("analytics.stream-revoked", $"stream:{stream.Name}", "Its api_secret is refused from now on.");
            await db.SaveChangesAsync(cancellationToken);
            secrets.Forget(stream.SecretHash);
            Flash($"\"{stream.Name}\" is revoked: its secret is refused from now on (within a minute on every node).");
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await ReadFilterAsync(cancellationToken);
        Streams = await db.Set<DataStream>().AsNoTracking().OrderBy(s => s.RevokedAt != null).ThenBy(s => s.Name).ToListAsync(cancellationToken);
    }
}
